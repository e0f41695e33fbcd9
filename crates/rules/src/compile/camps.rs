//! Camps, the camps they override, and the states they speak for.

use std::collections::{BTreeSet, HashMap};

use super::{At, Compiler, Field};
use crate::compiled::Camp;
use crate::ids::CampId;
use crate::lexicon::Tag;
use crate::pack::SourcePack;
use crate::serializable::{SerializableCamp, SerializableState};
use crate::suggest::{suggest, with_suggestion};

impl Compiler<'_> {
    /// Camps, then the states (which may make camps of their own), then
    /// the camps each camp overrides.
    pub(super) fn compile_camps(&mut self) {
        let packs = self.packs;
        for pack in packs {
            for (i, camp) in pack.pack.camps.iter().enumerate() {
                let index = self.rules.camps.len();
                self.rules.camps.push(Camp {
                    id: camp.id.clone(),
                    name: camp.name.clone(),
                    overrides: Vec::new(),
                    fallback: camp.fallback,
                    relays: camp.relays,
                    overrides_states: camp.overrides_states,
                    state: false,
                    country: !camp.states.is_empty(),
                    side: camp.side.clone(),
                    enemy: camp.enemy.clone(),
                    conflicts: camp.conflicts.clone(),
                });
                let label = format!("camp `{}`: cues", camp.id);
                let path = format!("camps[{i}].cues");
                self.add_words(Field::value(pack, &label, &path), &camp.cues, Tag::CampCue(CampId::new(index)));
                let label = format!("camp `{}`: conflict_cues", camp.id);
                let path = format!("camps[{i}].conflict_cues");
                let tag = Tag::ConflictCampCue(CampId::new(index));
                self.add_words(Field::value(pack, &label, &path), &camp.conflict_cues, tag);
            }
        }
        self.compile_states();
        for pack in packs {
            for (i, camp) in pack.pack.camps.iter().enumerate() {
                self.compile_overrides(pack, i, camp);
            }
        }
    }

    fn compile_overrides(&mut self, pack: &SourcePack, i: usize, camp: &SerializableCamp) {
        let Some(index) = self.rules.camp_index(&camp.id) else {
            return;
        };
        for (j, other) in camp.overrides.iter().enumerate() {
            match self.rules.camp_index(other) {
                Some(o) => self.rules.camps[index.index()].overrides.push(o),
                None => {
                    let known = self.known_camps();
                    let message = with_suggestion(
                        format!("camp `{}`: overrides: unknown camp `{other}`", camp.id),
                        suggest(other, known.iter().map(String::as_str)),
                    );
                    self.error(pack, At::Value(&format!("camps[{i}].overrides[{j}]")), message);
                }
            }
        }
    }

    /// States: each state's words become cues of the camp that lists it in
    /// `states`, or of a camp of its own named by the state's id.
    fn compile_states(&mut self) {
        let mapped = self.map_states();
        for pack in self.packs {
            for (i, state) in pack.pack.states.iter().enumerate() {
                self.compile_state(pack, i, state, &mapped);
            }
        }
    }

    /// Which camp maps each state (by the camps' `states`).
    fn map_states(&mut self) -> HashMap<String, CampId> {
        let packs = self.packs;
        let known: Vec<&str> = packs.iter().flat_map(|p| &p.pack.states).map(|s| s.id.as_str()).collect();
        // Which camp maps each state, and where.
        let mut mapped: HashMap<&str, (CampId, &SourcePack, String)> = HashMap::new();
        for pack in packs {
            for (i, camp) in pack.pack.camps.iter().enumerate() {
                let Some(index) = self.rules.camp_index(&camp.id) else {
                    continue;
                };
                for (j, state) in camp.states.iter().enumerate() {
                    let path = format!("camps[{i}].states[{j}]");
                    if !known.contains(&state.as_str()) {
                        let message = with_suggestion(
                            format!("camp `{}`: states: unknown state `{state}`", camp.id),
                            suggest(state, known.iter().copied()),
                        );
                        self.error(pack, At::Value(&path), message);
                    } else if let Some((other, first_pack, first)) = mapped.get(state.as_str()) {
                        let first = first_pack.place(first);
                        let message = format!(
                            "camp `{}`: state `{state}` is already mapped to camp `{}` (at {first})",
                            camp.id,
                            self.rules.camp_id(*other)
                        );
                        self.error(pack, At::Value(&path), message);
                    } else {
                        mapped.insert(state.as_str(), (index, pack, path));
                    }
                }
            }
        }
        mapped.into_iter().map(|(state, (camp, ..))| (state.to_owned(), camp)).collect()
    }

    fn compile_state(
        &mut self,
        pack: &SourcePack,
        i: usize,
        state: &SerializableState,
        mapped: &HashMap<String, CampId>,
    ) {
        let camp = match mapped.get(&state.id) {
            Some(&camp) => camp,
            None => {
                if self.rules.camp_index(&state.id).is_some() {
                    // A state must not fall into a listed camp by accident.
                    let message = format!(
                        "state `{}` has the id of camp `{}`, which does not list it in `states`",
                        state.id, state.id
                    );
                    self.error(pack, At::Value(&format!("states[{i}].id")), message);
                    return;
                }
                self.rules.camps.push(Camp {
                    id: state.id.clone(),
                    name: state.name.clone(),
                    overrides: Vec::new(),
                    fallback: false,
                    relays: false,
                    overrides_states: false,
                    state: true,
                    country: true,
                    // A state's own people and forces are its side.
                    side: Some(state.id.clone()),
                    enemy: None,
                    conflicts: Vec::new(),
                });
                CampId::new(self.rules.camps.len() - 1)
            }
        };
        let tag = Tag::CampCue(camp);
        for (field, words) in [("names", &state.names), ("capitals", &state.capitals), ("demonyms", &state.demonyms)] {
            let label = format!("state `{}`: {field}", state.id);
            let path = format!("states[{i}].{field}");
            self.add_words(Field::value(pack, &label, &path), words, tag);
        }
    }

    /// A camp that no actor belongs to and that has no cues can never be
    /// given to a speaker. (`media` is the article's own voice.)
    pub(super) fn check_camps_used(&mut self) {
        let packs = self.packs;
        let mut seen = BTreeSet::new();
        for pack in packs {
            for (i, camp) in pack.pack.camps.iter().enumerate() {
                if !seen.insert(camp.id.as_str()) {
                    continue;
                }
                let has_actor = packs.iter().flat_map(|p| &p.pack.actors).any(|a| a.camp == camp.id);
                let has_cues = camp.cues.values().any(|v| !v.is_empty()) || !camp.states.is_empty();
                if !has_actor && !has_cues && camp.id != "media" {
                    let message =
                        format!("camp `{}` is never used: no actor belongs to it and it has no cues", camp.id);
                    self.warn(pack, At::Value(&format!("camps[{i}].id")), message);
                }
            }
        }
    }
}

//! Actors: their camp, names and roles, and the words of a person's name.

use crosscheck_text::LetterBag;

use super::{At, Compiler, Field, FirstAt};
use crate::compiled::{Actor, NameWord};
use crate::ids::ActorId;
use crate::lexicon::{Tag, phrase_words};
use crate::pack::SourcePack;
use crate::serializable::{ActorKind, SerializableActor};
use crate::suggest::{suggest, with_suggestion};

impl Compiler<'_> {
    pub(super) fn compile_actor(&mut self, pack: &SourcePack, i: usize, actor: &SerializableActor) {
        let Some(camp) = self.rules.camp_index(&actor.camp) else {
            let known = self.known_camps();
            let hint = suggest(&actor.camp, known.iter().map(String::as_str));
            let message = with_suggestion(format!("actor `{}`: unknown camp `{}`", actor.id, actor.camp), hint);
            self.error(pack, At::Value(&format!("actors[{i}].camp")), message);
            return;
        };
        let index = ActorId::new(self.rules.actors.len());
        let name_words = if actor.kind == ActorKind::Person { name_words(actor) } else { Vec::new() };
        self.rules.actors.push(Actor { id: actor.id.clone(), camp, kind: actor.kind, name_words });
        for (field, words) in [("names", &actor.names), ("roles", &actor.roles)] {
            let label = format!("actor `{}`: {field}", actor.id);
            for (code, list) in words {
                let list_path = format!("actors[{i}].{field}.{code}");
                if !self.check_language_code(pack, code, &label, &list_path) {
                    continue;
                }
                for (k, name) in list.iter().enumerate() {
                    let path = format!("{list_path}[{k}]");
                    if self.is_new_alias(pack, code, &path, name) {
                        self.add_word(Field::value(pack, &label, &path), code, name, Tag::Actor(index));
                    }
                }
            }
        }
    }

    /// Whether alias `name` at `path` belongs to no other actor than the
    /// last one pushed (an error when it does).
    fn is_new_alias(&mut self, pack: &SourcePack, code: &str, path: &str, name: &str) -> bool {
        let index = self.rules.actors.len() - 1;
        let key = (code.to_owned(), phrase_words(name).join(" "));
        match self.aliases.get(&key) {
            Some((other, first)) if *other != index => {
                let first = self.place(first);
                let message = format!(
                    "alias `{name}` of actor `{}` is already an alias of actor `{}` (at {first})",
                    self.rules.actors[index].id, self.rules.actors[*other].id
                );
                self.error(pack, At::Value(path), message);
                false
            }
            Some(_) => true,
            None => {
                self.aliases.insert(key, (index, FirstAt::new(pack, path)));
                true
            }
        }
    }
}

/// The words of a person's names, with their letters counted, for
/// matching spelling variants (words of four letters or more, once each).
fn name_words(actor: &SerializableActor) -> Vec<NameWord> {
    let mut out: Vec<NameWord> = Vec::new();
    for name in actor.names.values().flatten() {
        for word in phrase_words(name) {
            let letters = LetterBag::new(&word);
            if letters.len() >= 4 && !out.iter().any(|n| n.text == word) {
                out.push(NameWord { text: word, letters });
            }
        }
    }
    out
}

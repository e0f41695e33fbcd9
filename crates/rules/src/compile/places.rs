//! Places and the other endings their names are written with.

use super::{Compiler, Field};
use crate::compiled::Place;
use crate::ids::PlaceId;
use crate::lexicon::Tag;
use crate::pack::SourcePack;
use crate::serializable::SerializablePlace;

impl Compiler<'_> {
    pub(super) fn compile_place(&mut self, pack: &SourcePack, i: usize, place: &SerializablePlace) {
        let index = PlaceId::new(self.rules.places.len());
        self.rules.places.push(Place { id: place.id.clone(), kind: place.kind });
        let label = format!("place `{}`: names", place.id);
        let path = format!("places[{i}].names");
        self.add_words(Field::value(pack, &label, &path), &place.names, Tag::Place(index));
        // "شوشا" is also written "شوشة": each name with its other endings.
        for (code, names) in &place.names {
            let Some(groups) = self.name_endings.get(code) else { continue };
            let variants: Vec<String> = names.iter().flat_map(|name| ending_variants(name, groups)).collect();
            for variant in variants {
                self.lexicon(code).add(&variant, Tag::Place(index));
            }
        }
    }
}

/// A name written with each other ending of the group its last letters
/// belong to: "X-a" gives "X-ah" when `a` and `ah` are one group.
fn ending_variants(name: &str, groups: &[Vec<String>]) -> Vec<String> {
    let mut out = Vec::new();
    for group in groups {
        let Some(ending) = group.iter().filter(|e| !e.is_empty() && name.ends_with(e.as_str())).max_by_key(|e| e.len())
        else {
            continue;
        };
        let stem = &name[..name.len() - ending.len()];
        if stem.chars().count() < 2 {
            continue;
        }
        out.extend(group.iter().filter(|e| *e != ending).map(|e| format!("{stem}{e}")));
    }
    out
}

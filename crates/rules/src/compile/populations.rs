//! Populations and the nouns that name them, by grammatical number.

use super::{Compiler, Field};
use crate::compiled::Population;
use crate::ids::PopulationId;
use crate::lexicon::{GrammaticalNumber, Tag};
use crate::pack::SourcePack;
use crate::serializable::SerializablePopulation;

impl Compiler<'_> {
    pub(super) fn compile_population(&mut self, pack: &SourcePack, i: usize, population: &SerializablePopulation) {
        let index = PopulationId::new(self.rules.populations.len());
        self.rules.populations.push(Population {
            id: population.id.clone(),
            general: population.id == "people",
            own_side_by_default: population.own_side_by_default,
            armed: population.armed,
        });
        let label = format!("population `{}`: nouns", population.id);
        for (code, forms) in &population.nouns {
            let path = format!("populations[{i}].nouns.{code}");
            if !self.check_language_code(pack, code, &label, &path) {
                continue;
            }
            for (words, number, field) in [
                (&forms.singular, GrammaticalNumber::Singular, "singular"),
                (&forms.dual, GrammaticalNumber::Dual, "dual"),
                (&forms.plural, GrammaticalNumber::Plural, "plural"),
            ] {
                let tag = Tag::Population { population: index, number };
                let list_path = format!("{path}.{field}");
                self.add_list(Field::value(pack, &label, &list_path), code, words, tag);
            }
        }
    }
}

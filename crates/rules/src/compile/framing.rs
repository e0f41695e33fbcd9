//! Framing topics: each camp's name for a thing.

use super::{At, Compiler, Field};
use crate::compiled::TermDef;
use crate::ids::TermId;
use crate::lexicon::Tag;
use crate::pack::SourcePack;
use crate::serializable::SerializableFraming;

impl Compiler<'_> {
    pub(super) fn compile_framing(&mut self, pack: &SourcePack, i: usize, framing: &SerializableFraming) {
        for (frame, words) in &framing.frames {
            let index = TermId::new(self.rules.terms.len());
            self.rules.terms.push(TermDef { topic: framing.topic.clone(), frame: frame.clone() });
            let label = format!("framing `{}`: frame `{frame}`", framing.topic);
            let path = format!("framing[{i}].frames.{frame}");
            if words.values().all(Vec::is_empty) {
                self.warn(pack, At::Key(&path), format!("{label} has no words: it can never match"));
            }
            self.add_words(Field::value(pack, &label, &path), words, Tag::Term(index));
        }
    }
}

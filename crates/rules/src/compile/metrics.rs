//! Metrics and their trigger words and patterns.

use super::{At, Compiler, Field, FirstAt};
use crate::compiled::Metric;
use crate::lexicon::{Position, Tag, phrase_words};
use crate::pack::SourcePack;
use crate::serializable::SerializableMetric;

impl Compiler<'_> {
    pub(super) fn compile_metric(&mut self, pack: &SourcePack, i: usize, metric: &SerializableMetric) {
        let index = self.rules.metrics.len();
        self.rules.metrics.push(Metric { id: metric.id.clone(), secondary: metric.secondary });
        let label = format!("metric `{}`: triggers", metric.id);
        let empty = metric
            .triggers
            .values()
            .all(|t| t.before.is_empty() && t.after.is_empty() && t.either.is_empty() && t.regex.is_empty());
        if empty {
            let message = format!("metric `{}` has no triggers: it can never match", metric.id);
            self.warn(pack, At::Value(&format!("metrics[{i}].id")), message);
        }
        for (code, triggers) in &metric.triggers {
            let code_path = format!("metrics[{i}].triggers.{code}");
            if !self.check_language_code(pack, code, &label, &code_path) {
                continue;
            }
            for (words, position, field) in [
                (&triggers.before, Position::Before, "before"),
                (&triggers.after, Position::After, "after"),
                (&triggers.either, Position::Either, "either"),
            ] {
                for (k, word) in words.iter().enumerate() {
                    let path = format!("{code_path}.{field}[{k}]");
                    self.check_shared_trigger(pack, code, &path, word);
                    let tag = Tag::Metric { metric: index as u16, position };
                    self.add_word(Field::value(pack, &label, &path), code, word, tag);
                }
            }
            for (k, pattern) in triggers.regex.iter().enumerate() {
                let path = format!("{code_path}.regex[{k}]");
                match crate::word_regex::compile(pattern) {
                    Ok(compiled) => {
                        let tag = Tag::Metric { metric: index as u16, position: Position::Either };
                        self.lexicon(code).add_regex(compiled.regex, &compiled.prefixes, tag);
                    }
                    Err(why) => self.error(pack, At::Value(&path), format!("metric `{}`: regex: {why}", metric.id)),
                }
            }
        }
    }

    /// A lint when trigger `word` at `path` is also a trigger of another
    /// metric than the last one pushed.
    fn check_shared_trigger(&mut self, pack: &SourcePack, code: &str, path: &str, word: &str) {
        let index = self.rules.metrics.len() - 1;
        let key = (code.to_owned(), phrase_words(word).join(" "));
        match self.triggers.get(&key) {
            Some((other, first)) if *other != index => {
                let first = self.place(first);
                let message = format!(
                    "metric `{}`: trigger `{word}` is also a trigger of metric `{}` (at {first}): \
                     a figure beside it may be counted as either",
                    self.rules.metrics[index].id, self.rules.metrics[*other].id
                );
                self.warn(pack, At::Value(path), message);
            }
            Some(_) => {}
            None => {
                self.triggers.insert(key, (index, FirstAt::new(pack, path)));
            }
        }
    }
}

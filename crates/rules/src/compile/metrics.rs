//! Metrics and their trigger words and patterns.

use super::{At, Compiler, Field, FirstAt};
use crate::compiled::Metric;
use crate::ids::MetricId;
use crate::lexicon::{Position, Tag, phrase_words};
use crate::pack::SourcePack;
use crate::serializable::SerializableMetric;
use crate::suggest::{suggest, with_suggestion};

impl Compiler<'_> {
    pub(super) fn compile_metric(&mut self, pack: &SourcePack, i: usize, metric: &SerializableMetric) {
        let index = MetricId::new(self.rules.metrics.len());
        self.rules.metrics.push(Metric { id: metric.id.clone(), secondary: metric.secondary });
        let empty = metric
            .triggers
            .values()
            .all(|t| t.before.is_empty() && t.after.is_empty() && t.either.is_empty() && t.regex.is_empty());
        if empty {
            let message = format!("metric `{}` has no triggers: it can never match", metric.id);
            self.warn(pack, At::Value(&format!("metrics[{i}].id")), message);
        }
        self.compile_triggers(pack, i, metric, index);
    }

    /// A metric entry with `extends: true`: its triggers join those of the
    /// metric of the same id another pack defines.
    pub(super) fn extend_metric(&mut self, pack: &SourcePack, i: usize, metric: &SerializableMetric) {
        let Some(index) = self.rules.metrics.iter().position(|m| m.id == metric.id).map(MetricId::new) else {
            let known: Vec<String> = self.rules.metrics.iter().map(|m| m.id.clone()).collect();
            let message = with_suggestion(
                format!("metric `{}` extends a metric no pack defines", metric.id),
                suggest(&metric.id, known.iter().map(String::as_str)),
            );
            self.error(pack, At::Value(&format!("metrics[{i}].id")), message);
            return;
        };
        if self.rules.metric(index).secondary != metric.secondary {
            let message = format!(
                "metric `{}` extends the metric of that id but says `secondary: {}` where it says `{}`",
                metric.id,
                metric.secondary,
                self.rules.metric(index).secondary
            );
            self.error(pack, At::Value(&format!("metrics[{i}].secondary")), message);
            return;
        }
        self.compile_triggers(pack, i, metric, index);
    }

    /// The trigger words and patterns of metric entry `i` of `pack`, tagged
    /// as metric `index`.
    fn compile_triggers(&mut self, pack: &SourcePack, i: usize, metric: &SerializableMetric, index: MetricId) {
        let label = format!("metric `{}`: triggers", metric.id);
        for (code, triggers) in &metric.triggers {
            let code_path = format!("metrics[{i}].triggers.{code}");
            if !self.check_language_code(pack, code, &label, &code_path) {
                continue;
            }
            for (words, position, field) in [
                (&triggers.before, Position::Before, "before"),
                (&triggers.after, Position::After, "after"),
                (&triggers.either, Position::Either, "either"),
                (&triggers.before_people, Position::BeforePeople, "before_people"),
            ] {
                for (k, word) in words.iter().enumerate() {
                    let path = format!("{code_path}.{field}[{k}]");
                    self.check_shared_trigger(pack, (code, &path), word, index);
                    let tag = Tag::Metric { metric: index, position };
                    self.add_word(Field::value(pack, &label, &path), code, word, tag);
                }
            }
            for (k, pattern) in triggers.regex.iter().enumerate() {
                let path = format!("{code_path}.regex[{k}]");
                match crate::word_regex::compile(pattern) {
                    Ok(compiled) => {
                        let tag = Tag::Metric { metric: index, position: Position::Either };
                        self.lexicon(code).add_regex(compiled.regex, &compiled.prefixes, tag);
                    }
                    Err(why) => self.error(pack, At::Value(&path), format!("metric `{}`: regex: {why}", metric.id)),
                }
            }
        }
    }

    /// A lint when trigger `word` at `path` is also a trigger of another
    /// metric than `metric`.
    fn check_shared_trigger(&mut self, pack: &SourcePack, (code, path): (&str, &str), word: &str, metric: MetricId) {
        let index = metric.index();
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

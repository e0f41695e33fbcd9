//! Events: their dates and cue words.

use jiff::civil::Date;

use super::{At, Compiler, Field};
use crate::compiled::Event;
use crate::ids::EventId;
use crate::lexicon::Tag;
use crate::pack::SourcePack;
use crate::serializable::SerializableEvent;

impl Compiler<'_> {
    pub(super) fn compile_event(&mut self, pack: &SourcePack, i: usize, event: &SerializableEvent) {
        let mut dates = [None, None];
        for (slot, (field, text)) in [("start", &event.start), ("end", &event.end)].into_iter().enumerate() {
            match text.parse::<Date>() {
                Ok(date) => dates[slot] = Some(date),
                Err(_) => self.error(
                    pack,
                    At::Value(&format!("events[{i}].{field}")),
                    format!("event `{}`: {field}: `{text}` is not a date written YYYY-MM-DD", event.id),
                ),
            }
        }
        let [Some(start), Some(end)] = dates else {
            return;
        };
        if start > end {
            let message = format!("event `{}`: start {start} is after end {end}", event.id);
            self.error(pack, At::Value(&format!("events[{i}].start")), message);
            return;
        }
        let index = EventId::new(self.rules.events.len());
        self.rules.events.push(Event { id: event.id.clone(), conflict: event.conflict.clone(), start, end });
        let label = format!("event `{}`: cues", event.id);
        let path = format!("events[{i}].cues");
        self.add_words(Field::value(pack, &label, &path), &event.cues, Tag::EventCue(index));
    }
}

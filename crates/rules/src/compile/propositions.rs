//! Proposition templates and their wordings.

use crosscheck_model::Polarity;

use super::{At, Compiler, Field, FirstAt};
use crate::compiled::PropositionDef;
use crate::ids::PropositionId;
use crate::pack::SourcePack;
use crate::patterns::{Element, Pattern, SlotKind, parse_pattern};
use crate::serializable::SerializableProposition;
use crate::suggest::{suggest, with_suggestion};

impl Compiler<'_> {
    pub(super) fn compile_proposition(&mut self, pack: &SourcePack, i: usize, proposition: &SerializableProposition) {
        let label = format!("proposition `{}`", proposition.id);
        let mut declared = Vec::new();
        for (j, name) in proposition.slots.iter().enumerate() {
            match SlotKind::parse(name) {
                Some(kind) => declared.push(kind),
                None => {
                    let message = with_suggestion(
                        format!("{label}: unknown slot `{name}`"),
                        suggest(name, SlotKind::NAMES.into_iter()),
                    );
                    self.error(pack, At::Value(&format!("propositions[{i}].slots[{j}]")), message);
                }
            }
        }
        self.rules.propositions.push(PropositionDef {
            id: proposition.id.clone(),
            slots: declared,
            exclusive: proposition.exclusive,
            recurring: proposition.recurring,
        });
        let no_wordings = [&proposition.asserts, &proposition.denies].iter().all(|w| w.values().all(Vec::is_empty));
        if no_wordings {
            let message = format!("{label} has no wordings under `asserts` or `denies`: it can never match");
            self.warn(pack, At::Value(&format!("propositions[{i}].id")), message);
        }
        for (words, polarity, field) in
            [(&proposition.asserts, Polarity::Asserts, "asserts"), (&proposition.denies, Polarity::Denies, "denies")]
        {
            for (code, wordings) in words {
                let code_path = format!("propositions[{i}].{field}.{code}");
                if !self.check_language_code(pack, code, &label, &code_path) {
                    continue;
                }
                for (k, wording) in wordings.iter().enumerate() {
                    let path = format!("{code_path}[{k}]");
                    self.compile_wording(Field::value(pack, &label, &path), code, wording, polarity);
                }
            }
        }
    }

    /// One wording of the last proposition pushed, written at `field`.
    fn compile_wording(&mut self, field: Field<'_>, code: &str, wording: &str, polarity: Polarity) {
        let index = self.rules.propositions.len() - 1;
        let declared = &self.rules.propositions[index].slots;
        let parsed = parse_pattern(wording).and_then(|elements| {
            let undeclared = elements.iter().find_map(|e| match e {
                Element::Slot(kind) if !declared.contains(kind) => Some(*kind),
                _ => None,
            });
            match undeclared {
                Some(kind) => Err(format!("wording `{wording}` binds `{{{}}}`, which is not in `slots`", kind.name())),
                None => Ok(elements),
            }
        });
        let (pack, label) = (field.pack, field.label);
        let elements = match parsed {
            Ok(elements) => elements,
            Err(message) => {
                self.error(pack, field.at, format!("{label}: {message}"));
                return;
            }
        };
        let key = (code.to_owned(), format!("{elements:?}"));
        match self.wordings.get(&key) {
            Some((other, first)) if *other == index => {
                let first = self.place(first);
                let message =
                    format!("{label}: wording `{wording}` is listed twice (first at {first}): this one is unreachable");
                self.warn(pack, field.at, message);
                return;
            }
            Some((other, first)) => {
                let first = self.place(first);
                let message = format!(
                    "{label}: wording `{wording}` is also a wording of proposition `{}` (at {first}): \
                     both match the same words",
                    self.rules.propositions[*other].id
                );
                self.warn(pack, field.at, message);
            }
            None => {
                self.wordings.insert(key, (index, FirstAt::new(pack, field.at.path())));
            }
        }
        let pattern =
            Pattern { proposition: PropositionId::new(index), polarity, elements, source: wording.to_owned() };
        self.rules.patterns.entry(code.to_owned()).or_default().push(pattern);
    }
}

//! Sharing the strings that many claims repeat, so that a run that keeps
//! every claim until the end holds each of them once.

use std::collections::HashSet;
use std::sync::Arc;

use crate::Claim;

/// One copy of each short id (camp, event, place, actor) across the claims
/// passed through it, and one copy of a sentence's text across the claims
/// that follow each other in it.
#[derive(Debug, Default)]
pub struct Interner {
    ids: HashSet<Arc<str>>,
    last_text: Option<Arc<str>>,
}

impl Interner {
    pub fn new() -> Self {
        Self::default()
    }

    /// The shared copy of `id`, kept from now on.
    pub fn id(&mut self, id: &Arc<str>) -> Arc<str> {
        if let Some(shared) = self.ids.get(id) {
            return Arc::clone(shared);
        }
        self.ids.insert(Arc::clone(id));
        Arc::clone(id)
    }

    fn option(&mut self, id: &mut Option<Arc<str>>) {
        if let Some(value) = id {
            *value = self.id(value);
        }
    }

    /// Points the claim's ids at their shared copies, and its text at the
    /// previous claim's when they stand in the same sentence.
    pub fn claim(&mut self, claim: &mut Claim) {
        self.option(&mut claim.camp);
        self.option(&mut claim.event);
        self.option(&mut claim.place);
        if let Some(speaker) = &mut claim.speaker {
            self.option(&mut speaker.actor);
        }
        match &self.last_text {
            Some(last) if !Arc::ptr_eq(last, &claim.text) && **last == *claim.text => {
                claim.text = Arc::clone(last);
            }
            _ => self.last_text = Some(Arc::clone(&claim.text)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn equal_ids_share_one_copy() {
        let mut interner = Interner::new();
        let a: Arc<str> = "karabakh-2020".into();
        let b: Arc<str> = "karabakh-2020".into();
        let first = interner.id(&a);
        let second = interner.id(&b);
        assert!(Arc::ptr_eq(&first, &second));
        assert_eq!(&*second, "karabakh-2020");
    }
}

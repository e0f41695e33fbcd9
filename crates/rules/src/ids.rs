//! Typed indexes of the entities of [`crate::Rules`]: an actor's camp is a
//! [`CampId`], never a bare number that could index the places by mistake.
//! Each is a `u16` (a [`crate::Tag`] stays small) with [`index`] into its
//! list; [`crate::Rules`] has an accessor for each (`rules.camp(id)`).
//!
//! [`index`]: CampId::index

macro_rules! rule_id {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize)]
        pub struct $name(u16);

        impl $name {
            /// The id of the entry at `index` of its list.
            ///
            /// # Panics
            /// When `index` does not fit in 16 bits: no rule set has that many entries of one kind.
            pub fn new(index: usize) -> Self {
                Self(u16::try_from(index).expect(concat!("too many entries for ", stringify!($name))))
            }

            /// Its position in its list of [`crate::Rules`].
            pub fn index(self) -> usize {
                usize::from(self.0)
            }
        }
    };
}

rule_id!(
    /// A camp: an index into `Rules::camps`.
    CampId
);
rule_id!(
    /// An actor: an index into `Rules::actors`.
    ActorId
);
rule_id!(
    /// A place: an index into `Rules::places`.
    PlaceId
);
rule_id!(
    /// An event: an index into `Rules::events`.
    EventId
);
rule_id!(
    /// A metric: an index into `Rules::metrics`.
    MetricId
);
rule_id!(
    /// A population: an index into `Rules::populations`.
    PopulationId
);
rule_id!(
    /// A framing term: an index into `Rules::terms`.
    TermId
);
rule_id!(
    /// A proposition template: an index into `Rules::propositions`.
    PropositionId
);

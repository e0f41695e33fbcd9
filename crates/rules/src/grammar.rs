//! Closed classes of words that the extractor asks about one word at a
//! time: auxiliaries, conjunctions, articles. They come from a language
//! pack's `grammar` section, folded as the text is.

/// One language's closed word classes, folded.
#[derive(Debug, Clone, Default, serde::Serialize, serde::Deserialize)]
pub struct Grammar {
    pub(crate) subject_auxiliaries: Vec<String>,
    pub(crate) negated_auxiliaries: Vec<String>,
    pub(crate) conjunctions: Vec<String>,
    pub(crate) manner_adverbs: Vec<String>,
    pub(crate) addressee_verbs: Vec<String>,
    pub(crate) office_titles: Vec<String>,
    pub(crate) relative_pronouns: Vec<String>,
    pub(crate) free_relatives: Vec<String>,
    pub(crate) exceptives: Vec<String>,
    pub(crate) habitual_adverbs: Vec<String>,
    pub(crate) after_subordinators: Vec<String>,
    pub(crate) object_nouns: Vec<String>,
    pub(crate) uncounting_determiners: Vec<String>,
    pub(crate) partitives: Vec<String>,
    pub(crate) not_place_names: Vec<String>,
    pub(crate) compass_words: Vec<String>,
    pub(crate) province_nouns: Vec<String>,
    pub(crate) indefinite_quantifiers: Vec<String>,
    pub(crate) object_pointers: Vec<String>,
    pub(crate) adjectival_negations: Vec<String>,
    pub(crate) prepositions: Vec<String>,
    pub(crate) name_prepositions: Vec<String>,
    pub(crate) envoy_titles: Vec<String>,
    pub(crate) comment_words: Vec<String>,
    pub(crate) backing_words: Vec<String>,
    pub(crate) opposing_words: Vec<String>,
    pub(crate) addressee_prepositions: Vec<String>,
    pub(crate) locative_prepositions: Vec<String>,
    pub(crate) definite_articles: Vec<String>,
    pub(crate) indefinite_articles: Vec<String>,
    pub(crate) article_prefixes: Vec<String>,
    pub(crate) definite_prefixes: Vec<String>,
    pub(crate) noun_prefixes: Vec<String>,
    pub(crate) disjunctions: Vec<String>,
    pub(crate) resumptive_pronouns: Vec<String>,
    /// As written, not folded: folding drops the diacritics they hold.
    pub(crate) dual_endings: Vec<String>,
    pub(crate) adjectives_before_nouns: bool,
    /// A bit for each word of the classes above (see [`word_bit`]), made
    /// when first asked: most words asked about are in none, and a clear
    /// bit says so without comparing them with every word of a class.
    #[serde(skip)]
    pub(crate) bits: std::sync::OnceLock<Box<[u64]>>,
}

/// Bits in [`Grammar::bits`]: a few hundred words set a few percent of them.
const WORD_BITS: usize = 1 << 12;

/// A word's bit, from its length and three of its bytes.
fn word_bit(word: &str) -> usize {
    let b = word.as_bytes();
    let n = b.len();
    let byte = |k: usize| u64::from(b.get(k).copied().unwrap_or(0));
    let x = n as u64 | byte(0) << 16 | byte(n / 2) << 24 | byte(n.wrapping_sub(1)) << 32;
    (x.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> (64 - WORD_BITS.trailing_zeros())) as usize
}

/// What follows each of `prefixes` that `word` starts with, when anything does.
fn after_prefixes<'p, 'w>(prefixes: &'p [String], word: &'w str) -> impl Iterator<Item = &'w str> + use<'p, 'w> {
    prefixes.iter().filter_map(move |c| word.strip_prefix(c.as_str())).filter(|rest| !rest.is_empty())
}

fn starts_with_any(list: &[String], word: &str) -> bool {
    list.iter().any(|p| word.starts_with(p.as_str()))
}

impl Grammar {
    /// Whether `word` is in `list`, one of the classes above.
    fn holds(&self, list: &[String], word: &str) -> bool {
        self.may_hold(word) && list.iter().any(|w| w == word)
    }

    /// Whether `word`'s bit is set: it may be in one of the classes.
    pub(crate) fn may_hold(&self, word: &str) -> bool {
        let bits = self.bits.get_or_init(|| {
            let mut bits = vec![0u64; WORD_BITS / 64].into_boxed_slice();
            for word in self.words() {
                let bit = word_bit(word);
                bits[bit / 64] |= 1 << (bit % 64);
            }
            bits
        });
        let bit = word_bit(word);
        bits[bit / 64] >> (bit % 64) & 1 == 1
    }

    /// Every word of every class but the dual endings (which are matched as endings).
    fn words(&self) -> impl Iterator<Item = &str> {
        [
            &self.subject_auxiliaries,
            &self.negated_auxiliaries,
            &self.conjunctions,
            &self.manner_adverbs,
            &self.addressee_verbs,
            &self.office_titles,
            &self.relative_pronouns,
            &self.free_relatives,
            &self.exceptives,
            &self.habitual_adverbs,
            &self.after_subordinators,
            &self.object_nouns,
            &self.uncounting_determiners,
            &self.partitives,
            &self.not_place_names,
            &self.compass_words,
            &self.province_nouns,
            &self.indefinite_quantifiers,
            &self.object_pointers,
            &self.adjectival_negations,
            &self.prepositions,
            &self.name_prepositions,
            &self.envoy_titles,
            &self.comment_words,
            &self.backing_words,
            &self.opposing_words,
            &self.addressee_prepositions,
            &self.locative_prepositions,
            &self.definite_articles,
            &self.indefinite_articles,
            &self.article_prefixes,
            &self.definite_prefixes,
            &self.noun_prefixes,
            &self.disjunctions,
            &self.resumptive_pronouns,
        ]
        .into_iter()
        .flatten()
        .map(String::as_str)
    }

    /// An auxiliary that may stand around a subject written before its
    /// verb: "had", "وكانت الوزارة قد أعلنت".
    pub fn is_subject_auxiliary(&self, word: &str) -> bool {
        self.holds(&self.subject_auxiliaries, word)
    }

    /// An auxiliary that may stand between a negation and what it negates:
    /// "had not been notified".
    pub fn is_negated_auxiliary(&self, word: &str) -> bool {
        self.holds(&self.negated_auxiliaries, word)
    }

    /// A conjunction that joins clauses: "and", "but".
    pub fn is_conjunction(&self, word: &str) -> bool {
        self.holds(&self.conjunctions, word)
    }

    /// What follows a conjunction written onto the start of `word` ("واكد":
    /// "اكد"), for each conjunction it may start with.
    pub fn after_conjunction<'w>(&self, word: &'w str) -> impl Iterator<Item = &'w str> + use<'_, 'w> {
        after_prefixes(&self.conjunctions, word)
    }

    /// A preposition with a pronoun taking up a relative clause's
    /// antecedent: «فيها» in «التي ينفي فيها الحزب».
    pub fn is_resumptive_pronoun(&self, word: &str) -> bool {
        self.holds(&self.resumptive_pronouns, word)
    }

    /// A word that joins alternatives: "or", «أو».
    pub fn is_disjunction(&self, word: &str) -> bool {
        self.holds(&self.disjunctions, word)
    }

    /// What follows a clitic that only a noun takes ("بنقل": "نقل").
    pub fn after_noun_prefix<'w>(&self, word: &'w str) -> impl Iterator<Item = &'w str> + use<'_, 'w> {
        after_prefixes(&self.noun_prefixes, word)
    }

    /// A reporting verb whose object is the one spoken to: "told".
    pub fn is_addressee_verb(&self, word: &str) -> bool {
        self.holds(&self.addressee_verbs, word)
    }

    /// An adverb of manner between a subject and its verb: "strongly".
    pub fn is_manner_adverb(&self, word: &str) -> bool {
        self.holds(&self.manner_adverbs, word)
    }

    /// A noun of an office that opens an apposition after a name: "spokesman".
    pub fn is_office_title(&self, word: &str) -> bool {
        self.holds(&self.office_titles, word)
    }

    /// A relative pronoun that opens an aside: "who", «التي».
    pub fn is_relative_pronoun(&self, word: &str) -> bool {
        self.holds(&self.relative_pronouns, word)
    }

    /// A word for "what" that makes a clause a noun: "what", «ما».
    pub fn is_free_relative(&self, word: &str) -> bool {
        self.holds(&self.free_relatives, word)
    }

    /// An adverb of habit: "generally", "routinely", «عادة».
    pub fn is_habitual_adverb(&self, word: &str) -> bool {
        self.holds(&self.habitual_adverbs, word)
    }

    /// A word opening a clause of time: "after", «بعدما».
    pub fn is_after_subordinator(&self, word: &str) -> bool {
        self.holds(&self.after_subordinators, word)
    }

    /// A word of exception after a negation: "only", «إلا», «سوى».
    pub fn is_exceptive(&self, word: &str) -> bool {
        self.holds(&self.exceptives, word)
    }

    /// A noun that heads a denied object and never a speaker: «صحة».
    pub fn is_object_noun(&self, word: &str) -> bool {
        self.holds(&self.object_nouns, word)
    }

    /// A word before a singular noun that makes it count no one: "any".
    pub fn is_uncounting_determiner(&self, word: &str) -> bool {
        self.holds(&self.uncounting_determiners, word)
    }

    /// A word that takes a part of a counted whole: "two of the three",
    /// «خمسة من أصل 12».
    pub fn is_partitive(&self, word: &str) -> bool {
        self.holds(&self.partitives, word)
    }

    /// A word after a locality word that names no place: «تقع».
    pub fn is_not_place_name(&self, word: &str) -> bool {
        self.holds(&self.not_place_names, word)
    }

    /// A word of direction that begins a place's name: «وسط», "North".
    pub fn is_compass_word(&self, word: &str) -> bool {
        self.holds(&self.compass_words, word)
    }

    /// A word that makes the place beside it a province: «محافظة», "region".
    pub fn is_province_noun(&self, word: &str) -> bool {
        self.holds(&self.province_nouns, word)
    }

    /// A word that counts an unstated number: "some", "several", «بعض».
    pub fn is_indefinite_quantifier(&self, word: &str) -> bool {
        self.holds(&self.indefinite_quantifiers, word)
    }

    /// A pointer that is a denial verb's object before its subject: «ذلك».
    pub fn is_object_pointer(&self, word: &str) -> bool {
        self.holds(&self.object_pointers, word)
    }

    /// Whether an adjective stands before its noun ("false passports").
    pub fn adjectives_before_nouns(&self) -> bool {
        self.adjectives_before_nouns
    }

    /// A negation that may also qualify a noun: «غير».
    pub fn is_adjectival_negation(&self, word: &str) -> bool {
        self.holds(&self.adjectival_negations, word)
    }

    /// A preposition after which a speech word is a noun: "to", "amid".
    pub fn is_preposition(&self, word: &str) -> bool {
        self.holds(&self.prepositions, word)
    }

    /// A definite article written as a word of its own: "the".
    /// A preposition that goes on with a name after a gloss: «في», "of".
    pub fn is_name_preposition(&self, word: &str) -> bool {
        self.holds(&self.name_prepositions, word)
    }

    /// A title of an envoy: "ambassador", «مندوب».
    pub fn is_envoy_title(&self, word: &str) -> bool {
        self.holds(&self.envoy_titles, word)
    }

    /// A word for speaking that a refusal may refuse: «التعليق», "comment".
    pub fn is_comment_word(&self, word: &str) -> bool {
        self.holds(&self.comment_words, word)
    }

    /// A participle of backing: «المدعومة», "backed".
    pub fn is_backing_word(&self, word: &str) -> bool {
        self.holds(&self.backing_words, word)
    }

    /// A word of fighting: «ضد», "against", "fighting".
    pub fn is_opposing_word(&self, word: &str) -> bool {
        self.holds(&self.opposing_words, word)
    }

    /// A preposition of address written onto a noun: «ل».
    pub fn is_addressee_preposition(&self, word: &str) -> bool {
        self.holds(&self.addressee_prepositions, word)
    }

    /// Whether `word` has a preposition written onto its front: «للسيطرة».
    pub fn has_preposition_prefix(&self, word: &str) -> bool {
        after_prefixes(&self.prepositions, word).next().is_some()
    }

    /// A preposition of place: "in", «في». A party named after it inside a
    /// speaker's words says where the speaker is, not whose it is.
    pub fn is_locative_preposition(&self, word: &str) -> bool {
        self.holds(&self.locative_prepositions, word)
    }

    pub fn is_definite_article(&self, word: &str) -> bool {
        self.holds(&self.definite_articles, word)
    }

    /// An article, definite or indefinite, written as a word of its own.
    pub fn is_article(&self, word: &str) -> bool {
        self.is_definite_article(word) || self.is_indefinite_article(word)
    }

    /// An indefinite article written as a word of its own: "a", "an".
    pub fn is_indefinite_article(&self, word: &str) -> bool {
        self.holds(&self.indefinite_articles, word)
    }

    /// Whether the language writes an indefinite article (then a lone noun
    /// counts one only after it; otherwise only when it has no definite prefix).
    pub fn has_indefinite_articles(&self) -> bool {
        !self.indefinite_articles.is_empty()
    }

    /// Whether `word` begins with the definite article written onto it ("ال").
    pub fn has_article_prefix(&self, word: &str) -> bool {
        starts_with_any(&self.article_prefixes, word)
    }

    /// Whether `word` begins with the definite article, alone or behind a
    /// clitic ("وال", "لل").
    pub fn has_definite_prefix(&self, word: &str) -> bool {
        starts_with_any(&self.definite_prefixes, word)
    }

    /// Whether a noun's original spelling ends as a dual does ("مدنييْن").
    pub fn has_dual_ending(&self, original: &str) -> bool {
        self.dual_endings.iter().any(|e| original.ends_with(e.as_str()))
    }

    /// Whether a clitic prefix holds the definite article: it ends with an
    /// article prefix, or is itself a definite prefix ("لل").
    pub(crate) fn is_definite_clitic(&self, prefix: &str) -> bool {
        self.article_prefixes.iter().any(|a| prefix.ends_with(a.as_str()))
            || self.holds(&self.definite_prefixes, prefix)
    }
}

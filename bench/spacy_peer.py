"""The spaCy peer of bench/run.sh: a pipeline that does far less than
crosscheck (no figures, speakers, camps or comparison), timed over the same
files: `spacy.blank(lang)` with a sentencizer and a
`PhraseMatcher(attr="LOWER")` over the same PATTERNS as the ripgrep floor,
`nlp.pipe` with `batch_size=256`, one process. An article's language is
`ar` when most of its letters are Arabic, else `en`.

    python3 bench/spacy_peer.py PATTERNS DIR    # prints: articles sentences matches
"""

import os
import sys

import spacy
from spacy.matcher import PhraseMatcher


def files(root):
    for base, dirs, names in os.walk(root):
        dirs.sort()
        for name in sorted(names):
            if name.endswith(".txt"):
                yield os.path.join(base, name)


def arabic(text):
    letters = [c for c in text[:2000] if c.isalpha()]
    return sum("\u0600" <= c <= "\u06ff" for c in letters) * 2 > len(letters)


def main():
    patterns, root = sys.argv[1], sys.argv[2]
    with open(patterns, encoding="utf-8") as f:
        words = [w.strip() for w in f if w.strip()]
    pipelines = {}
    for lang in ("ar", "en"):
        nlp = spacy.blank(lang)
        nlp.add_pipe("sentencizer")
        matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        matcher.add("PATTERNS", list(nlp.tokenizer.pipe(words)))
        pipelines[lang] = (nlp, matcher)
    texts = {"ar": [], "en": []}
    for path in files(root):
        with open(path, encoding="utf-8", errors="replace") as f:
            text = f.read()
        texts["ar" if arabic(text) else "en"].append(text)
    articles = sentences = matches = 0
    for lang, batch in texts.items():
        nlp, matcher = pipelines[lang]
        for doc in nlp.pipe(batch, batch_size=256):
            articles += 1
            sentences += sum(1 for _ in doc.sents)
            matches += len(matcher(doc))
    print(articles, sentences, matches)


if __name__ == "__main__":
    main()

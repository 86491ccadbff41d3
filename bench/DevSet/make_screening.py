#!/usr/bin/env python3
"""Builds screening-pairs.csv: people's names in many scripts, labelled, from the Wikidata name dictionaries of
Merhav and Ash, "Design Challenges in Named Entity Transliteration" (COLING 2018), repository
https://github.com/steveash/NETransliteration-COLING2018 (commit 5d5f59e561ec), data under CC0 1.0 (Wikidata).

Usage: make_screening.py DATA_DIR > screening-pairs.csv, where DATA_DIR is that repository's data folder.

Positive pairs are one person's English (Latin) label and the label in another script: full names for Hebrew and
Korean (wd_hebrew, wd_korean), single name words for Russian, Arabic, Chinese and Japanese katakana (the test
slices wd_*_20, seen at least twice). Negative pairs are look-alikes, as in a screening queue: the English label of
one person with the other-script label of another whose English label is the most similar (difflib ratio, not the
engine), never the same English text nor the same other-script spelling (names alone could not tell those apart); and, for full names, another person sharing the given name or the surname.
Deterministic (seed 20261202). The split column halves the set: calibrate on `dev`, check on `check`.
"""
import csv
import difflib
import random
import sys
import unicodedata
from pathlib import Path

SEED = 20261202


def fold(s):
    s = unicodedata.normalize("NFKD", s.lower())
    return "".join(c for c in s if c.isalpha() or c == " ").strip()


def full_names(path):
    seen = {}
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) != 2:
            continue
        en, native = parts[0].strip(), parts[1].strip()
        words = en.split()
        if not 2 <= len(words) <= 3 or any(ch.isdigit() for ch in en) or "(" in en or " of " in en or "," in en:
            continue
        if any(len(w.strip(".")) < 2 for w in words) or not native or any(ch.isascii() and ch.isalpha() for ch in native):
            continue
        seen.setdefault(fold(en), (en, native))
    return list(seen.values())


def words(path):
    out = {}
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) != 3 or int(parts[2]) < 2 or len(parts[0]) < 3:
            continue
        out.setdefault(parts[0], (parts[0].capitalize(), parts[1].replace(" ", "")))
    return list(out.values())


def look_alike(rng, entry, pool):
    key = fold(entry[0])
    best, best_ratio = None, 0.0
    for other in rng.sample(pool, min(4000, len(pool))):
        okey = fold(other[0])
        if okey == key or okey in key or key in okey or other[1] == entry[1]:
            continue
        m = difflib.SequenceMatcher(None, key, okey)
        if m.real_quick_ratio() <= best_ratio or m.quick_ratio() <= best_ratio:
            continue
        r = m.ratio()
        if r > best_ratio:
            best, best_ratio = other, r
    return best


def shares(rng, entry, pool, index):
    words_a = fold(entry[0]).split()
    candidates = [o for o in pool if fold(o[0]).split()[index] == words_a[index] and fold(o[0]) != fold(entry[0]) and o[1] != entry[1]]
    return rng.choice(candidates) if candidates else None


def main(data):
    rng = random.Random(SEED)
    rows = []
    sets = [("hebrew", full_names(data / "wd_hebrew"), 250), ("korean", full_names(data / "wd_korean"), 250),
            ("russian", words(data / "wd_russian_20"), 200), ("arabic", words(data / "wd_arabic_20"), 100),
            ("chinese", words(data / "wd_chinese_20"), 150), ("katakana", words(data / "wd_katakana_20"), 150)]
    for language, pool, count in sets:
        chosen = rng.sample(pool, count)
        for entry in chosen:
            rows.append((entry[0], entry[1], 1, f"{language}: same person"))
        for i, entry in enumerate(chosen):
            full = len(entry[0].split()) > 1
            if full and i % 3 == 1:
                other, kind = shares(rng, entry, pool, 0), "same given name"
            elif full and i % 3 == 2:
                other, kind = shares(rng, entry, pool, -1), "same surname"
            else:
                other, kind = None, "look-alike"
            if other is None:
                other, kind = look_alike(rng, entry, pool), "look-alike"
            if other is not None:
                rows.append((entry[0], other[1], 0, f"{language}: {kind}"))
    rng.shuffle(rows)
    out = csv.writer(sys.stdout, lineterminator="\n")
    out.writerow(["id", "name_a", "name_b", "label", "split", "kind"])
    for i, (a, b, label, kind) in enumerate(rows, 1):
        out.writerow([f"s{i:04d}", a, b, label, "dev" if i % 2 else "check", kind])


if __name__ == "__main__":
    main(Path(sys.argv[1]))

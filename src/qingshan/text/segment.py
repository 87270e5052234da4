"""jieba segmentation with the domain dictionary: places, indicator keywords, titles, organisation
suffixes, event triggers and task words from dbt_project/seeds come out as whole tokens
(`生态环境局`, `蓝天保卫战`, `PM2.5`). `segmenter(dicts)` builds one tokenizer per dictionary set, on
first use: the dictionaries a caller passes are the ones jieba uses."""
from __future__ import annotations

from ..dictionaries import Dictionaries, jieba_user_words


class Segmenter:
    def __init__(self, words: list[str]):
        import jieba
        import jieba.posseg

        jieba.setLogLevel(60)
        self.tk = jieba.Tokenizer()
        self.tk.initialize()
        for word in words:
            self.tk.add_word(word, freq=max(self.tk.suggest_freq(word), 1000))
        self._pos = jieba.posseg.POSTokenizer(self.tk)
        self._pos_memo: dict[str, list[tuple[str, str]]] = {}

    def cut(self, text: str) -> list[str]:
        """Words of text (no HMM: only dictionary words and single characters, fast and stable)."""
        return self.tk.lcut(text, HMM=False)

    def word_frequency(self, word: str) -> int:
        return self.tk.FREQ.get(word, 0)

    def pos(self, text: str) -> list[tuple[str, str]]:
        """(word, part of speech) of text; remembered, as the same short words are asked again."""
        if text not in self._pos_memo:
            self._pos_memo[text] = [(p.word, p.flag) for p in self._pos.lcut(text, HMM=False)]
        return self._pos_memo[text]


_BUILT: dict[int, tuple[Dictionaries, Segmenter]] = {}


def segmenter(dicts: Dictionaries) -> Segmenter:
    built = _BUILT.get(id(dicts))
    if built is None or built[0] is not dicts:
        built = _BUILT[id(dicts)] = (dicts, Segmenter(jieba_user_words(dicts)))
    return built[1]

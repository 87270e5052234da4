"""jieba segmentation with the domain dictionary: places, indicator keywords, titles, organisation
suffixes, event triggers and task words from dbt_project/seeds come out as whole tokens
(`生态环境局`, `蓝天保卫战`, `PM2.5`). One tokenizer per process, built on first use."""
from __future__ import annotations

from functools import lru_cache

from ..dictionaries import jieba_user_words, load


@lru_cache(maxsize=1)
def tokenizer():
    import jieba

    jieba.setLogLevel(60)
    tk = jieba.Tokenizer()
    tk.initialize()
    for word in jieba_user_words(load()):
        tk.add_word(word, freq=max(tk.suggest_freq(word), 1000))
    return tk


@lru_cache(maxsize=1)
def pos_tokenizer():
    import jieba.posseg

    return jieba.posseg.POSTokenizer(tokenizer())


def cut(text: str) -> list[str]:
    """Words of text (no HMM: only dictionary words and single characters, fast and stable)."""
    return tokenizer().lcut(text, HMM=False)


def word_frequency(word: str) -> int:
    return tokenizer().FREQ.get(word, 0)


def pos(text: str) -> list[tuple[str, str]]:
    return [(p.word, p.flag) for p in pos_tokenizer().lcut(text, HMM=False)]

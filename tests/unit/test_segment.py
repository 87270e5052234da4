"""Segmenter.pos gives what jieba.posseg gives (no HMM), from a tag table made once and then read
from qingshan's cache folder."""
import jieba.posseg

from qingshan import dictionaries
from qingshan.text.segment import Segmenter

TEXTS = ["生态环境局局长", "王小明说", "蓝天保卫战", "推进柴油货车淘汰", "PM2.5浓度", "的", "环保督察组"]


def test_parts_of_speech_as_posseg_gives_them_made_once_then_read_from_the_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("QINGSHAN_CACHE", str(tmp_path))
    words = dictionaries.jieba_user_words(dictionaries.load())
    first = Segmenter(words)
    posseg = jieba.posseg.POSTokenizer(first.tk)
    want = [[(p.word, p.flag) for p in posseg.lcut(t, HMM=False)] for t in TEXTS]
    assert [first.pos(t) for t in TEXTS] == want
    cached = list(tmp_path.glob("jieba-tags-*"))
    assert len(cached) == 1
    second = Segmenter(words)
    assert [second.pos(t) for t in TEXTS] == want
    assert list(tmp_path.glob("jieba-tags-*")) == cached  # read, not made again


def test_a_damaged_cache_is_made_again(tmp_path, monkeypatch):
    monkeypatch.setenv("QINGSHAN_CACHE", str(tmp_path))
    words = dictionaries.jieba_user_words(dictionaries.load())
    want = Segmenter(words).pos("王小明说")
    cached, = tmp_path.glob("jieba-tags-*")
    cached.write_bytes(b"not marshal data")
    assert Segmenter(words).pos("王小明说") == want
    assert cached.stat().st_size > 1_000_000

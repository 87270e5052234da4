"""Structure: sentences with exact offsets, articles on newspaper pages, heading paths."""
from qingshan.text.clean import clean
from qingshan.text.structure import analyse, split_sentences

PAGE = """天津明确市区两级生态环境领域事权和财权

生态环境将作为财政支出的重点领域

本报记者郭文生 天津报道 天津市人民政府日前印发实施方案。方案明确了事权划分;还规定了支出责任!

蓟州区将添两大国家湿地公园

8月底前建成,总面积1240多公顷

本报讯 天津市蓟州区两大国家湿地公园建设进展顺利。据了解,总面积1240多公顷。
"""

PLAN = """整改方案

三、整改目标

(一)督察移交问题整改到位。梳理形成36项整改任务。

(二)经济社会发展全面绿色转型。到2025年完成。
"""


def test_every_sentence_is_its_clean_text_slice():
    text = clean(PAGE).text
    s = analyse(text)
    assert s.sentences
    for sent in s.sentences:
        assert text[sent.start:sent.end] == sent.text


def test_sentences_end_at_chinese_terminal_punctuation():
    spans = split_sentences("第一句。第二句;第三句!第四句")
    assert len(spans) == 4


def test_articles_start_at_headline_blocks_followed_by_a_byline():
    s = analyse(clean(PAGE).text)
    assert [a.title for a in s.articles] == ["天津明确市区两级生态环境领域事权和财权", "蓟州区将添两大国家湿地公园"]
    assert s.articles[1].byline.startswith("本报讯")


def test_heading_path_follows_numbered_headings():
    s = analyse(clean(PLAN).text)
    sent = next(x for x in s.sentences if "36项" in x.text)
    assert sent.heading_path.endswith("三、整改目标 > (一)督察移交问题整改到位")
    later = next(x for x in s.sentences if "2025" in x.text)
    assert later.heading_path.endswith("三、整改目标 > (二)经济社会发展全面绿色转型")

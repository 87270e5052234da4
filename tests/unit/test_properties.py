"""Property tests: the text functions never raise on arbitrary Unicode, and every offset they
return lies inside the text."""
import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from qingshan.text.clean import clean
from qingshan.dictionaries import load
from qingshan.text.numbers import find_quantities
from qingshan.text.structure import analyse
from qingshan.text.timex import find_times

DICTS = load()
# mostly Chinese prose material, plus anything Unicode has
CHINESE = st.text(alphabet=st.sampled_from(list("一二两三十百千万亿年月日前底至到和、,。;:%()《》第个项家辆吨元天约余多以上下超过不少于同比下降增长"
                                                "0123456789.-— \n生态环境局召开会议浓度微克立方米公里季度上半年春节日前近日")), max_size=200)
ANY = st.text(max_size=200)
TEXT = st.one_of(CHINESE, ANY)


@settings(max_examples=300, deadline=None)
@given(TEXT)
def test_quantities_never_raise_and_stay_inside(text):
    for q in find_quantities(text, DICTS):
        assert 0 <= q.start <= q.num_start < q.num_end <= q.end <= len(text)


@settings(max_examples=300, deadline=None)
@given(TEXT, st.one_of(st.none(), st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2090, 12, 31))))
def test_time_resolver_never_raises_and_stays_inside(text, ref):
    for t in find_times(text, ref):
        assert 0 <= t.start < t.end <= len(text) and text[t.start:t.end] == t.text
        assert t.date_start is None or t.date_end is None or t.date_start <= t.date_end


@settings(max_examples=300, deadline=None)
@given(TEXT)
def test_cleaner_never_raises_and_maps_back_inside(text):
    r = clean(text)
    assert len(r.raw_offsets) == len(r.text) + 1
    assert all(0 <= o <= len(text) for o in r.raw_offsets)
    for s in analyse(r.text).sentences:
        assert r.text[s.start:s.end] == s.text

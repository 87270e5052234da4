"""People named in a document, with the title and organisation the text gives them.

Officials are written `[organisation][title、title]name[同志]` (`市生态环境局党组书记、局长尹崧同志`);
reporters in bylines and credits (`本报记者郭文生 见习记者任效良天津报道`, `张冬梅摄`, a lone name
line closing an article). A candidate name must start with a surname, must not be a place or an
organisation word, and jieba must not know it as an ordinary word.
"""
from __future__ import annotations

import dataclasses
import re
from collections import Counter
from functools import lru_cache

from ..dictionaries import trie_alternation
from .context import DocContext
from .place import UNIT_WORDS, qualify_org
from .records import Person
from ..text.clean import EDITOR_ROLES, NEWSPAPER, TIME_LEAD
from ..text.segment import segmenter
from ..text.timex import find_times

_CJK = r"[\u4e00-\u9fff]"
# what may follow a name: a verb of acting, a courtesy, punctuation
_AFTER_NAME = (r"(?=同志|出席|主持|讲话|表示|指出|强调|要求|介绍|说|谈|在|从|就|对|带领|作|参加|参会|列席|陪同|一行|"
               r"代表|回答|发布|公布|披露|透露|通报|宣读|反馈|一起|一同|总结|部署|传达|会见|调研|调度|督导|检查|应邀|受邀|到会|分别|先后|率队|一行|现场|"
               # the other verbs of an official's visit or turn, and courtesies (`副主席李某赴…`, `书记李某带队…`,
               # `县长田某向大会作政府工作报告`,
               # `副厅长 李某先生`, `(…副主任 周某):`, `书记王某以暗访方式…`, `巡视员卢某来我县…`, `厅长杨某来松调研`;
               # `县领导简某、赵某以及…负责同志`, not a title's mailbox or line, `县长信箱以及12369热线`)
               r"赴|到|来到|来(?=[我本该][省市县区镇乡]|[\u4e00-\u9fff]{1,4}?(?:调研|视察|考察|检查|督导|督察|指导))|向(?=[^,，。]{1,12}?(?:作|汇报|报告|介绍|通报|颁发|致))|以(?=[^,，。]{1,10}(?:方式|形式|身份))|(?<![箱线室办栏站网台])以及|前往|深入|带队|率|实地|察看|查看|视察|考察|走访|看望|慰问|致辞|宣布|听取|审议|签署|见证|汇报|发言|解读|答复|认为|希望|提出|"
               r"先生|女士|教授|博士|\d{1,2}日|\d{1,2}月\d{1,2}日|多次|亲自|专门|召开|报告|委托|批示|座谈|共同|建议|"
               r"描述|阐述|阐释|回顾|展望|分享|坦言|解释|如是(?=说|表示)|"  # (`局长程某描述了…画面`, `发言人张某如是说`)
               r"结合|围绕|点评|近(?=日|期|段|来)|根据|按照|针对|"  # `副厅长徐某、郑某结合各自分管业务进行了点评`, `书记朱某近段时间…`,
               # (`副市长蒋某根据…发现的有关问题,集中约谈…`)
               # (`市长李某于今年6月初签发…`, `副厅长张某提工作要求`, `部长唐某联系本报记者`)
               r"于(?=今年|去年|本月|上月|近日|日前|当[天日]|[昨今][天日]|[上下]午|\d|[一二三四五六七八九十]{1,2}月)|"
               r"提(?=要求|工作要求|意见|建议)|联系|自(?=上任|任职|到任|履职)|"  # (`局长吴某自上任后`)
               r"昨日|昨天|今日|今天|日前|当日|当天|上午|下午|会前|会后|安排(?=部署|布置)|"  # `副部长翟某昨日在会上表示`,
               # (`省长郭某会前作出批示`, `县长赫某安排部署全县…`)
               # (`县长利某组织开展…巡河`, `副厅长牟某进行了主旨发布`)
               r"组织(?=开展|召开|实施|学习|收看|观看|专题|相关|有关)|进行|专题(?=调度|研究|部署|调研|督导|督办)|"  # `局长熊某专题调度…`
               r"做(?=重要|了|出|工作|报告|讲话|发言|动员|部署|总结|客)|"  # `省长林某做重要讲话`, `处长孙某建议`
               r"任(?=副?(?:组长|主任|总指挥|指挥长|召集人))|担任|兼任|"  # (`省长许某担任总河长`)  # `副司长蒋某17日介绍`, `省委书记周某4月12日在…调研`
               # (`和` before a verb of acting ends the name itself: `县长梁元和出席`)
               # (nor before a verb or a pause: `县委书记周永和强调`, `县领导周永和、沈某等参加会议`, `政委王国和作表态发言`)
               r"等|和(?!(?:出席|主持|讲话|致辞)(?:会议|活动|并|了|,|。)|[、,，。等]|强调|指出|表示|要求|作(?![为用的协家]))|与|及|、|,|。|:|;|\s|$|\(|\)|（|）|：|，|；)")
_CAPTION_OPENS = re.compile(r"\s*(?:图为|图片为|上图|下图|图[:：])")  # a photo's caption
_PHOTO = re.compile(r"(?P<name>" + _CJK + r"{2,3})\s*摄(?:影)?\s*$")
# a caption's credit in brackets: `澄迈县生态环境保护工作会议召开(图:叶某)`
# who wrote the item and took its pictures, closing it: `(图/文李某)`, `(文/图 王某)`, `(图文:张某)`
_TEXT_AND_PHOTO = re.compile(r"[(（](?:图\s*/\s*文|文\s*/\s*图|图文|文图)\s*[:：]?\s*(?P<name>" + _CJK + r"{2,3})\s*[)）]\s*$")
_CAPTION_CREDIT = re.compile(r"[(（](?:图|图片|摄影)\s*[:：/]\s*(?P<name>" + _CJK + r"{2,3})\s*[)）]\s*$")
# or a photographer and the medium they shoot for, closing a caption: `新闻发布会现场(省政府网文颖 摄)`, `(记者 王某 摄)`
# (`(图片由湖北日报全媒记者陈某摄)`)
_CAPTION_SHOT = re.compile(r"[(（]\s*(?:图片由|图片|图)?\s*(?P<medium>" + _CJK + r"{2,8}?(?:网|报|台|社))?\s*"
                           r"(?:(?:全媒体?|融媒体?|首席|见习)?记者\s*)?(?P<name>" + _CJK + r"{2,3})\s*摄\s*[)）]\s*$")
_PAPER = re.compile("(" + NEWSPAPER + ")")
# a name of the minorities, written with a middle dot (`艾尔肯·吐尼亚孜`), its second part shortest first
_DOTTED_NAME = _CJK + r"{2,6}[·・]" + _CJK + r"{2,8}?"
# `楚天都市报讯`, `人民日报海外版北京7月22日电`, `滁州网讯`, `拉萨融媒讯`, `据兰州晚报报道`,
# `四川在线德阳频道消息`, `红网时刻新闻2月22日讯`, `福建日报·新福建客户端 11月29日讯` (not `本网讯`: the page's own site)
# (any name ending in 报 right before 讯 is a paper's, its kind word or not: `新京报讯`)
# (a paper's website is the paper's: `扬子晚报网5月30日讯`; a site may name the place it reports from: `传播网四川讯`;
# or its app after it, `大江网/萍乡头条客户端讯`)
_PAPER_DATELINE = re.compile(r"(?:据)?(" + r"(?!据)" + NEWSPAPER + r"(?:海外版)?|(?:(?<![\u4e00-\u9fff\d])|(?<=转自)|(?<=来源)|(?<=日))(?!转自|来源|今日|昨日)" + _CJK + r"{2,6}?(?<!本)报(?=讯)|"
                             + _CJK + r"{1,6}?(?<!本)(?:网|融媒|在线|信息港))(?:社|(?<=[报報])网)?(?:[·/]" + _CJK + r"{2,8}|"
                             + _CJK + r"{2,4}频道)?"
                             r"(?:[ \u3000]?" + _CJK + r"{0,4}\d{1,2}月\d{1,2}日|" + _CJK + r"{2,3}(?=讯|消息))?(?:讯|消息|电(?![缆力器站视话子动池网])|报道)")
_PAPER_OPENS_CREDIT = re.compile(r"[(（][^()（）,，。]{0,20}?(" + NEWSPAPER + r")$")
# a paper of a trade (`中国水利报`, `中国电力报`): the name of a paper by its source line, not a report's (`公报`, `简报`,
# `季报`, `专报`, `预报`)
_TRADE_PAPER = re.compile(r"[\u4e00-\u9fff]{2,10}(?<![公简年月周通情汇季专预旬战])[报報]")
_PRESS_CUES = ("记者", "本报记者", "见习记者", "特约记者", "首席记者")  # who writes for the medium publishing the page
# a news medium: a paper, a news site, a station, an agency (`陕西网`, `咸阳广播电视台`, `XX客户端`; news apps, `极目新闻`,
# by name in news_outlets.csv)
_MEDIUM = "(?:" + NEWSPAPER + r"|(?![\u4e00-\u9fff]*?(?:政府|政务|门户))[\u4e00-\u9fff]{2,8}?(?:网|信息港|电视台|广播电视台|客户端|通讯社|新闻社))"
# the medium, in the credit's brackets (`(陕西网 记者…)`; a paper and its site, `(工人日报-中工网记者…)`; named as the
# source, `(来源: 济南日报 记者…)`)
_PAPER_IN_CREDIT = re.compile(r"[(（]\s*(?:来源\s*[:：]\s*)?(" + _MEDIUM + r"(?:[-－—·]" + _MEDIUM + r")?)[\s·/]*$")
# `河南日报客户端记者 李某`, `齐鲁晚报·齐鲁壹点 记者 李某` (the paper and its app), `荆楚网 记者 徐某` (any medium)
_PAPER_HEADS_LINE = re.compile(r"^\s*(" + NEWSPAPER + r"(?:新闻)?(?:客户端|网)?|" + _MEDIUM + r")(?:\s*[·・]\s*" + _CJK + r"{2,8}"
                               r"|" + _CJK + r"{2,6}?(?:新闻|客户端))?\s*$")  # (its app after it: `贵州日报天眼新闻记者 葛某`)
# the medium opening the line its credit's brackets open after (`陕西传媒网(记者 李某)10月12日,…`)
_MEDIUM_OPENS_LINE = re.compile(r"^\s*(" + NEWSPAPER + r"|" + _CJK + r"{2,8}?(?:新闻网|传媒网|在线|客户端|电视台|融媒体中心))\s*[(（]\s*$")  # (not a photo's caption, `新铺设的雨污管网(记者 张某 摄)`)
_PAPER_OPENS_ROLE = re.compile(r"[(（]?[ \t]*(" + _MEDIUM + r")[ \t]*(?:记者|通讯员)")  # `河南商报记者 陈某/文`
_COMPANY = re.compile(r"(?:公司|(?<!传媒)(?<!报业)(?<!广电)(?<!新闻)(?<!日报)集团)$")  # (not a media group, `南方报业传媒集团`)
_CREDIT_CLOSES = re.compile(r"\s*[)）]\s*(?:\n|$)")  # a credit's brackets closing its paragraph
_CREDIT_RUN_CLOSES = re.compile(r"[^()（）\n]{0,20}[)）]\s*(?:\n|$)")  # (or after the next credits of the run)
_MEDIA_CENTRE = re.compile(_CJK + r"{2,10}?融媒体中心")
# `省长林某对全省…工作的重要批示`, `…林某、副省长贺某对…的批示`, `张某同志的重要讲话`: cited, not acting
_ONLY_CITED = re.compile(r"(?:、[^,。;:对]{0,20})?(?:对[^,。;:]{0,40}?|作出|同志)?的(?:重要)?(?:批示|指示|讲话)")
# a speech given elsewhere and relayed here (`传达学习了省委书记韩某在省生态环境保护委员会(扩大)会议上的讲话精神`), not
# one given at this meeting (`市长王某在会上的讲话中强调`)
_CITED_AT = re.compile(r"在(?!会上|会议上|大会上)[^,。;:]{1,40}?上的(?:重要)?讲话(?=精神)")
_PLACE_ONLY = re.compile(r"^(?![全各本我该每])" + _CJK + r"{1,7}?(?:省|市|县|区|自治州|州|盟|旗)$")
# a town or township before its own head's title (`大王镇镇长`, `某某乡副乡长`), not a kind of town (`重点镇`, `古镇`)
_TOWN = re.compile(r"(?![全各本我该每])(?!重点|示范|特色|中心|建制|古|小|新|城|乡|村|集)" + _CJK + r"{2,4}?([镇乡])")
# titles that hold a jurisdiction: with no unit named, the unit is that place (`县长李某` on a county's page)
_UNIT_CHARS = tuple("县区市旗州盟")
_JURISDICTION_TITLE = re.compile(r"^(?:副|代|常务副)?(县|区|市|省|州|盟|旗)(?:长|领导|委书记|委副书记|委常委)$")
# a title of a chain that names its own unit (`市委书记`, `市政协副秘书长`): the post the chain ends at
_TITLE_UNIT = re.compile(r"^(?P<unit>[省市区县州](?:委|政协|人大常委会|人大|政府))(?!员)")
# (after a word pointing to the page's own place too: `该县环保局`, `我市生态环境局`, `本区…`: the body of the place it means)
_ORG_START = re.compile(r"(?:^|(?<=[由和与及在对向为经到请]))(中共|中央|国家|全国|省|市|区|县|州|盟|旗)|(?<=^[该我本])(省|市|区|县|州|盟|旗)")
_NAME_TAIL = re.compile(r"(?<=[。！？!?”])\s*(?:[(（](?=[^()（）]+[)）]$))?((?:" + _CJK + r"{2,3}\s*){1,3})[)）]?$")
@lru_cache(maxsize=4)
def _major_org(unit_suffixes: tuple[str, ...]) -> re.Pattern:
    """A name up to the first body that heads a role chain (`生态环境部` of `生态环境部生态环境监测司`)."""
    return re.compile(".*?(" + "|".join(map(re.escape, unit_suffixes)) + ")")


def _ordinary_word(word: str, dicts, titled: bool = False, more_than: int = 50) -> bool:
    """jieba knows the word, more often than `more_than`, as something other than a name (同时/c, 会上/t,
    全市/n). `titled`: right after an official's title, a place name jieba knows that the gazetteer does not
    hold (`市长高山`, 高山/ns) is a person's name."""
    seg = segmenter(dicts)
    if seg.word_frequency(word) <= more_than:
        return False
    tokens = seg.pos(word)
    names = ("nr", "nz", "ns") if titled and word not in dicts.region_aliases else ("nr", "nz")
    return len(tokens) == 1 and not tokens[0][1].startswith(names)


# pronouns, which a surname-like word before them (和, 向, 于) does not make a name of
_PRONOUNS = frozenset(("大家", "各位", "大伙", "我们", "你们", "他们", "她们", "咱们", "自己", "全体"))
TITLED_RARE_WORD = 200  # jieba's frequency under which a word right after a title is a name (路军 85, 李强 159; 高峰 1556)
KNOWN_WORD = 20  # jieba's frequency of 佚名 34, 立志 203, 了解 11774: a word, not part of a name (昌勋: none)
COMMON_WORD = 10_000  # jieba's frequency of 工作 66367, 合作 13478, 现在 34145; 正在 5041, 设在 1465


def _cuts_a_word(text: str, end: int, dicts) -> bool:
    """`副市长林业工作…`, `副局长高工作…`: a name after a title whose last character begins a common
    word with the character after it (工作) is a word cut in two, not a name before `作`."""
    return end < len(text) and segmenter(dicts).word_frequency(text[end - 1:end + 1]) >= COMMON_WORD


_BODY_WORD = 300  # jieba's count of a word before 局, 网 … that makes the whole a body's name (能源 2232, 新华 549)


_RIVER_PART = re.compile(r"(?:干流|支流|流域|沿岸|沿线|岸线|两岸|段|水质|水域|水系|经济带|大保护|[(（])")


def _a_river_of_the_place(text: str, at: int, ctx: DocContext) -> bool:
    """At `at` a title's last character (`长` of `市长`) opens a river or lake of the gazetteer (`长江`) that a word of its
    parts or waters follows (`干流`, `段`, `岸线`), and its unit character (`市`) ends the name of a place or a cue for
    one (`全市`, `我市`, `泰州市`): the place's part of the river, no title (not `武汉市长江涛主持…`, a mayor)."""
    water = ctx.dicts.region_pattern.match(text, at)
    if not water or ctx.place.level(ctx.dicts.region_aliases.get(water.group(0))) != "water_body" \
            or text[at - 1:at] not in ("省", "市", "县", "区", "州") or not _RIVER_PART.match(text, water.end()):
        return False
    if re.search(r"(?:全|我|本|该)$", text[:at - 1]):
        return True
    found = ctx.place.names_in(text[max(0, at - 12):at])
    return bool(found) and found[-1][1] == at - max(0, at - 12)


def plausible_name(name: str, ctx: DocContext, credited: bool = False, titled: bool = False) -> bool:
    """Two or three characters from a surname on, four after a compound surname (`欧阳`), and not a
    place, an organisation, a title or an ordinary word. `credited`: a credit names the person
    (`记者 况昌勋`), so a surname our lists lack (况, 仪) will do; `titled`: an official's title names
    them (`市长高山`)."""
    if re.fullmatch(_DOTTED_NAME, name):  # `加勒肯・江布拉提`, not `美丽中国·生态文明`
        seg = segmenter(ctx.dicts)
        return not any(len(w) >= 2 and seg.word_frequency(w) >= 1000 for part in re.split("[·・]", name)
                       for w in seg.cut(part))
    if name[:2] in ctx.dicts.surnames:  # a compound surname: one or two characters follow
        if not 3 <= len(name) <= 4:
            return False
    elif not (2 <= len(name) <= 3) or (name[0] not in ctx.dicts.surnames and not credited):
        return False
    elif name[0] not in ctx.dicts.surnames:  # credited, its surname unknown: no everyday word in it (`了解到`, `佚名`)
        seg = segmenter(ctx.dicts)
        if any(seg.word_frequency(w) >= KNOWN_WORD for w in seg.cut(name) if len(w) >= 2):
            return False
    # (a credit's person may share a place's short name, `通讯员高明`, `记者江山`: not its full one, nor one whose surname
    # we do not know)
    place = name in ctx.dicts.region_aliases and not (credited and name[0] in ctx.dicts.surnames and name[-1] not in _UNIT_CHARS)
    if place or any(name.endswith(s) for s in ctx.dicts.org_suffixes if len(s) >= 2):
        return False
    if name[1:] in _PRONOUNS:
        return False  # `市领导和大家一起观看`, `请…向各位通报`: a word and a pronoun, no surname and given name
    if _AT_A_TIME.fullmatch(name) or _TIME_CHAR.search(name) and any(t.end == len(name) and t.start == 0
                                                                       for t in find_times(name, None)):
        return False  # a time alone on a line (`明年底`, a layout's break in `…;明年底,…`), not 明 and a given name; nor a
        # word and a time after a title (`副厅长于当天下午带队`, `书记于今日上午主持`: 于 is no surname there)
    if name[0] in "从对把被将为" and len(name) == 3 and segmenter(ctx.dicts).word_frequency(name[1:]) >= 1000:
        return False  # a preposition and its object after a title (`新闻发言人从大气、水…等方面通报`), not a rare surname
    if name[0] in "来赴到" or name.endswith("等"):
        return False  # `总书记来陕考察`: a verb of coming and a place; `李军等省领导`: the list's `等`
    if name[0] in "向对由" and name[1:] in ("省委", "市委", "州委", "县委", "区委", "旗委", "盟委"):
        return False  # `向州委常委会报告`: to a party committee, not a person 向州委 with the title 常委
    if name[-1] in "站路街厂矿港馆场区镇乡县旗" or name in _CREDIT_WORDS:
        return False  # `钟祥市长寿路站`: a monitoring station on 长寿路, read as a 市长 named 寿路站; a credit's word
        # (`通讯员供图`); a place's office-holder unnamed (`高新区局长汇报`, `白沙镇镇长汇报`)
    if name[-1] in "局厅署网社报台" and segmenter(ctx.dicts).word_frequency(name[:-1]) >= _BODY_WORD:
        return False  # a body or an outlet (`市场监管总局 能源局` signing a notice, `新华网` alone on a line): a word and
        # its kind, where a given name so ending (王振台, 张建社, 陈汉署) is no word before it
    if name in ctx.dicts.titles or name[1:] in ctx.dicts.titles or any(t in name for t in ("书记", "局长", "记者", "主任", "同志")):
        # (`省长任组长`: a verb and a title, not a person named 任组长)
        return False
    if any(name in p for p in getattr(ctx, "injected", ())):
        return False
    if not _ordinary_word(name, ctx.dicts, titled or credited):  # (a place's word names a person credited: `通讯员高原`)
        return True
    # (right after an official's title, a noun jieba knows but seldom, `市委常委路军出席` (路军 85), is a name; not an adverb
    # or a verb, `局长简要通报`, `副市长从速组织`)
    seg = segmenter(ctx.dicts)
    return titled and seg.word_frequency(name) <= TITLED_RARE_WORD and seg.pos(name)[0][1].startswith("n")


def _name(compound_surnames: tuple[str, ...]) -> str:
    """A name after a title: a name of the minorities written with a middle dot, else shortest first a
    compound surname (`欧阳`) and one or two characters, or two or three characters."""
    if not compound_surnames:
        return rf"(?:{_DOTTED_NAME}|{_CJK}{{2,3}}?)"
    return rf"(?:{_DOTTED_NAME}|(?:{'|'.join(map(re.escape, compound_surnames))}){_CJK}{{1,2}}?|{_CJK}{{2,3}}?)"


@lru_cache(maxsize=4)
def _title_patterns(titles: tuple[str, ...], compound_surnames: tuple[str, ...] = ()
                    ) -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """(a name after its titles, any of the titles, one more name after `、`) for officials' titles,
    longest first. A sentence without any title holds no titled name, and the first pattern starts
    with an optional rank, so the regex engine cannot skip ahead to a title by itself: the second, a
    trie, finds the sentences."""
    alt = "|".join(re.escape(t) for t in titles)
    name = _name(compound_surnames)
    # a rank before a title is part of it (`副厅长级生态环境监察专员`, `正处级调研员`, `一级巡视员`, `县级副总林长`)
    # (`常务副总经理`: the deputy in charge of daily work, a deputy's title with its 常务)
    rank = r"(?:[正副]?(?:省部|厅局|厅|局|处|县处|科|乡科)(?:长)?级|[一二三四]级|[省市县区]级(?=副?总)|常务(?=副))?"  # `县级副总林长`
    # (a title that names a body with the 会 after it, `市人大常委会主任某某`, is no title there)
    titled = re.compile(rf"(?P<titles>{rank}(?:{alt})(?:、{rank}(?:{alt}))*)(?!会)\s*(?P<name>{name}){_AFTER_NAME}")
    shared = re.compile(rf"、\s*(?P<name>{name}){_AFTER_NAME}")
    return titled, re.compile(trie_alternation(titles)), shared


def _split_org(prefix: str, ctx: DocContext, article_index: int = 0) -> tuple[str | None, str]:
    """`市生态环境局土壤生态环境科` -> (`廊坊市生态环境局`, `土壤生态环境科`): the organisation is the
    text up to its first major unit; what follows is a section that belongs with the title. A place
    alone (`马鞍山市`) is the unit of a title that holds it (`副市长`); a company or an institute
    (`长江生态环保集团`, `…研究院`) is a unit by its suffix."""
    prefix = prefix.strip().lstrip("—–―-·•")  # (a quote's attribution: `“…”\n—省生态环境厅党组书记周某…指出`)
    if prefix in UNIT_WORDS:  # `自治区主席`: the page's own autonomous region (or province, prefecture…)
        return ctx.local_org(prefix, article_index), ""
    short = _short_names(ctx).get(prefix)
    if short:  # `中国环境监测总站(以下简称总站)` … `总站副站长毛某`: the name it stands for
        return short, ""
    if prefix in ("政府办", "政府办公室"):  # `政府办副主任包某` on a county's page: its government's general office
        home = ctx.place.article_region(article_index)
        return (f"{home}人民政府办公室" if home and ctx.place.level(home) in ("province", "city", "county") else None), ""
    start = None
    # (the places the resolver reads in it, whole words: not 镇江 in `沙田镇江湾村党支部`)
    for a, b, _ in ctx.place.names_in(prefix):
        if ctx.place.level(prefix[a:b]) == "water_body" and prefix.endswith(prefix[a:b]):
            continue  # `漳河河长`: the river a post is of, no unit
        start = a
        if start > 0 and prefix[start - 1] in "(（" and prefix[b:b + 1] in (")", "）"):
            start = 0  # a place bracketed inside a company's name: `国能(天津)港务有限责任公司`
        break
    if start is None:
        m = _ORG_START.search(prefix)
        start = m.start() if m else (0 if prefix.startswith(("中国", "国家")) else None)
    if start is None:
        if not prefix or len(prefix) > 30 or re.match(r"会|由|在|请|谢谢", prefix):
            return None, ""
        if _PLACE_ONLY.match(prefix):
            return prefix, ""
        major = _major_org(ctx.dicts.unit_suffixes).match(prefix)
        if major and major.end() >= 3:  # `生态环境部生态环境监测司`: a unit and its section
            return ctx.local_org(prefix[:major.end()], article_index), prefix[major.end():]
        if any(prefix.endswith(x) for x in ctx.dicts.org_suffixes if len(x) >= 2 or len(prefix) >= 5):
            return prefix, ""
        return None, ""
    span = prefix[start:]
    if _TITLE_UNIT.fullmatch(span):  # `县人大副主任`: the body of the page's own county
        return ctx.local_org(span, article_index), ""
    major = _major_org(ctx.dicts.unit_suffixes).match(span)
    if not major:
        if _PLACE_ONLY.match(span) or span in ctx.dicts.region_aliases:
            return ctx.dicts.region_aliases.get(span, span), ""
        if len(span) >= 4 and (span.startswith(("中国", "国家", "全国"))
                               or any(span.endswith(x) for x in ctx.dicts.org_suffixes if len(x) >= 1)):
            return span, ""
        if span[0] in "省市县区州" and 4 <= len(span) <= 10 and start == 0 and _FIELD_OF_POST.match(span, 1) \
                and len(home := ctx.local_org(span[0], article_index) or "") > 1:
            return home, span[1:]  # `省生态环境保护督察专员`: a post of the province's, for a field of its work
        return None, ""
    org, rest = span[:major.end()], span[major.end():]
    return ctx.local_org(org, article_index), rest


# the field of work a place's post may name before its title (`省生态环境保护督察专员`; not `市区两级河长`, `市长热线负责人`)
# 于 and a time after a title (`副厅长于当天下午带队`, `局长于当晚主持`): a preposition, no surname
_TIME_CHAR = re.compile(r"[年月日天底初末]")  # (a time's words: only then are the time rules run on a name)
_AT_A_TIME = re.compile(r"于(?:当?[今昨明前]?[天日晚早夜]|[上中下]午|晚上|凌晨|傍晚|当晚|今晚)")
_FIELD_OF_POST = re.compile(r"生态|环境|环保|自然资源|水利|林业|农业|住建|城管|交通|应急|公安")
_UNIT_WORD = re.compile(r"[省市县区州](?=[\u4e00-\u9fff]{2})")  # where a body of a place may start its name
# a name the text gives a short form of (`中国环境监测总站(以下简称总站)`, `…人民政府(以下简称“市政府”)`)
_SHORT_FORM = re.compile(r"([\u4e00-\u9fff]{3,30})[(（]\s*(?:以下)?简称[:：]?\s*[“\"]?([\u4e00-\u9fff]{1,10})[”\"]?\s*[)）]")


def _short_names(ctx: DocContext) -> dict[str, str]:
    """The short forms the text defines for organisations, and the names they stand for (read once per page)."""
    if "short_names" not in ctx._memo:
        found: dict[str, str] = {}
        # (read around each `简称`, not the whole text: the pattern would try every position of a long page)
        spans = (ctx.text[max(0, k - 40):k + 20] for k in (m.start() for m in re.finditer("简称", ctx.text)))
        for m in (f for span in spans for f in _SHORT_FORM.finditer(span)):
            run = m.group(1)
            # where the name starts: a place's name, a national body's (`中国…`, `国家…`), else the last unit word
            # (`我局会同市水务局`: 市水务局)
            place = next(ctx.dicts.region_pattern.finditer(run), None)
            units = [u.start() for u in _UNIT_WORD.finditer(run)]
            start = place.start() if place else 0 if run.startswith(("中国", "国家", "中共", "中央", "全国")) else \
                units[-1] if units else None
            if start is None:
                continue
            full = run[start:]
            if len(full) > len(m.group(2)) and any(full.endswith(x) for x in ctx.dicts.org_suffixes):
                found.setdefault(m.group(2), full)
        ctx._memo["short_names"] = found
    return ctx._memo["short_names"]

_TIME_LEAD = re.compile("^" + TIME_LEAD)
_CAPTION_CUES = ("摄影", "摄影报道", "图片")  # the cues of a photo's credit
_CREDIT_WORDS = ("供图", "来源", *_CAPTION_CUES, *EDITOR_ROLES)  # a credit's own words, never a name
# a head's title that repeats the end of the unit's name (`监测站` + `站长`, `派出所` + `所长`, `监察大队` + `大队长`),
# and words before such a title that say which head, not of what (`新任站长`, `退休老所长`, `原所长`)
_HEADED_UNIT = re.compile(r"(站|所|院|大队|支队|中队)长")
# a body of government whose post ends a chain as the person's own (`市住房和城乡建设局局长`, `州人民政府副州长`, `…开发区党工委
# 书记`); not an organ of the party committee named first (`县纪委`, `市监委`, `县人武部`) nor a steering group's office
_OWN_POST_BODY = re.compile(r"(?:局|厅|人民政府|政府|党工委|管委会)$")
# a body a place's leader chairs as its leader (`领导小组`, `…生态环境保护委员会`, `…指挥部`), not a department
# of the place (`市发展和改革委员会`): its chair's post is the place's
_STEERING_BODY = re.compile(r"(?:领导小组|指挥部|(?:保护|建设|治理|攻坚|整改)[^、,，]{0,6}委员会)$")
_NO_UNIT = re.compile(r"^(?:新任|原任?|老|前任?|退休|现任|首任|执行|代理|常务|该|本)|(?:任|老)$")
# words telling the order people speak or act in, before a unit and a title (`首先`, `随后`, `最后`)
_IN_TURN = re.compile(r"^(?:首先|其次|随后|接着|然后|之后|最后|同时|另外|此外)(?:由)?")
# `湖北省环境监察总队蒋某队长介绍`: a name with the title after it, then what the person does
# (or one of a list of such names and titles that attend: `王某副秘书长、市生态环境局周某局长、…参加了会议`)
_NAME_THEN_TITLE_VERBS = (r"(?=介绍|表示|说|指出|强调|讲话|主持|出席|发言|告诉|认为|坦言|一行|带队|率队|陪同|多次|亲自|先后|一起|一同"
                          r"|通报|传达|宣读|汇报|解读|作(?![为用的])|做(?![好的])"
                          r"|专程|莅临|亲临|前来|深入|于\d{1,2}月"
                          r"|赴|前往|来到|实地|带领|专题|调研|督导|巡查"  # `程某县长赴有关乡镇专题调研`, `孙某副书记专题巡查…`
                          r"|、[^,，。;；]{2,40}?(?:参加|出席|陪同|列席))")


_ATTENDS = re.compile(r"出席|主持|参加|莅临|亲临")


@lru_cache(maxsize=4)
def _title_then_act(titles: tuple[str, ...]) -> re.Pattern:
    """A title right before a verb of acting (`…蒋某队长介绍`): the name and unit are read backwards."""
    return re.compile("(?:" + "|".join(re.escape(t) for t in titles) + ")" + _NAME_THEN_TITLE_VERBS)


def _name_before_title(sent_text: str, m: re.Match, ctx: DocContext) -> tuple[str, str | None, str, int] | None:
    """(name, organisation, section, where the words start) for a title read at m with the name before it: the unit named
    right before the name (`湖北省环境监察总队`), else the clause must start at the name (`,王某局长说`)."""
    head = re.split(r"[,，。;；:：、\s“”\"]", sent_text[:m.start()])[-1]
    head = _TIME_LEAD.sub("", head)  # `近日生态环境部西南督察局梅某副处长`: the unit after the time
    head = re.sub(r"^[由请]", "", head)  # `由生态环境厅杨某厅长通报`: who is asked to act
    for size in (3, 2):
        name, prefix = head[-size:], head[:-size]
        if len(head) < size or not plausible_name(name, ctx):
            continue
        if not prefix:
            return name, None, "", m.start() - size
        if any((prefix + name[:k]).endswith(suffix) and not prefix.endswith(suffix)
               for k in range(1, len(name) + 1) for suffix in ctx.dicts.org_suffixes if len(suffix) >= 3):
            continue  # `…监察专员办公室监察专员一行`: 公室 ends the unit's name (办公室), no name (not `…投资公司马某总经理`)
        org, section = _split_org(prefix, ctx)
        if org is not None and prefix.endswith(tuple(ctx.dicts.org_suffixes)):
            return name, org, section, m.start() - len(head)
    return None


# `汲某、燕某等区委理论学习中心组成员参加`: names listed before 等 and the role they share, attending
_LISTED_BEFORE_ROLE = re.compile(rf"(?:^|(?<=[,;:。]))(?P<names>{_CJK}{{2,3}}(?:、{_CJK}{{2,3}})*)等"
                                 rf"(?P<role>[^,;。、]{{0,24}}?(?:成员|同志|领导|负责同志|负责人))"
                                 rf"(?=参加|出席|陪同|列席)")


# `县领导及省管领导干部陈某、向某、林某等参加会议`: a group's title, then the names that share it, attending or
# speaking in turn; the title may be two, the first a post, the second a group with its place glossed
# (`联席会议成员、长江流域十五省(区、市)领导刘某、钟某…作交流发言`; not `市人大常委会副主任、各区县分管领导`)
_LISTED_AFTER_ROLE = re.compile(rf"(?:^|(?<=[,;:。]))(?P<role>(?:[^,;:。、等()（）]{{4,12}}、(?=[^,;:。、等()（）]{{1,16}}[(（]))?"
                                rf"(?:[^,;:。、等()（）]|[(（][^()（）]{{1,8}}[)）]){{2,20}}?(?:领导干部|领导同志|领导|负责同志))"
                                rf"(?P<names>{_CJK}{{2,3}}(?:、{_CJK}{{2,3}})+)等?"
                                rf"(?=参加|出席|陪同|列席|(?:分别)?作?(?:交流|典型)?发言)")


# `以朱某、黄某…任组长的8个中央生态环境保护督察组`: the leaders of the groups a notice announces, named before their post
_LED_BY = re.compile(rf"以(?P<names>{_CJK}{{2,3}}(?:、{_CJK}{{2,3}})*)(?:同志)?[任为](?P<title>副?组长)的"
                     rf"(?:\d+个|[一二三四五六七八九十]+个)?(?P<org>{_CJK}{{2,20}}?组)")


_UNITS_GROUP = re.compile(r"(?:[市县区省]直)?(?:各|有关|相关|各有关)(?:业务)?(?:部门|单位)(?P<title>(?:主要)?(?:负责同志|领导干部|领导同志|领导|负责人))$")


# `巴中市通江县环境监察大队的刘某、遂宁市…拱市联村的蒋某获评先进个人`, `…侦查大队的加勒肯・江布拉提、
# …审计局的苏某,分别作交流发言`: people honoured or speaking in turn, each after the unit they belong
# to; the sentence must say so. A name of the minorities is written with a middle dot.
_HONOURED = re.compile(rf"(?:^|(?<=[,;:。、])|(?<=以及))(?P<org>[^,;:。、的]{{4,30}})的"
                       rf"(?P<name>{_DOTTED_NAME}|{_CJK}{{2,3}}?)"
                       rf"(?=、|,|同志|获评|荣获|获得|被评为|被授予|入选|分别)")
_HONOUR = re.compile(r"获评|荣获|获得[^,;。]{0,20}称号|被评为|被授予|入选|分别[^,;。]{0,12}(?:作|介绍|发言|交流|讲述|分享)")


# the head of a bureau or a department by title alone (`副局长`, `厅长`)
_HEAD_OF_A_BUREAU = re.compile(r"副?([局厅])长")
# the posts of a unit's leadership that name no unit of their own (`党组副书记`, `副厅长`, `一级巡视员`), and what an
# official's act between two of them reads like (`出席会议并讲话,`)
_INNER_TITLE = re.compile(r"党组(?:书记|副书记|成员)|副?[局厅]长|[一二]级巡视员|[一二]级调研员|巡视员|调研员|总工程师|纪检组长")
_ACTED_BETWEEN = re.compile(r"(?:同志)?(?:出席|主持|参加|讲话|致辞|发言|介绍|通报)[^,，。;；]{0,10}[,，]")


# a section named without its body, perhaps after the body's one-character short form (`厅大气环境处`, `局法规科`,
# `办公室`) and a chain of posts (`新闻发言人、办公室`)
_OWN_SECTION = re.compile(r"(?P<chain>(?:[^、]{2,8}、)*)(?P<unit>[局厅部委])?(?P<section>" + _CJK +
                          r"{0,8}?(?:[司处科股]|办公室))")
# the bodies a section of each kind belongs to, most likely first: a ministry's 司, a province's 处, a city's 科
_SECTION_OF = {"司": "部", "处": "厅局部", "科": "局", "股": "局", "室": "厅局部"}


def _section_unit(ctx: DocContext, own: re.Match) -> str | None:
    """The body a section the page names without it belongs to: the one its short form names (`厅`), else the
    first body of its kind's that the page shows acting."""
    kinds = own.group("unit") or _SECTION_OF[own.group("section")[-1]]
    return next((u for k in kinds if (u := _page_unit(ctx, k))), None)


def _page_unit(ctx: DocContext, kind: str) -> str | None:
    """The unit a page speaks of as `局`, `厅` or `部` (`局党组书记`, `综合司司长`): the first one ending so
    that the page shows acting (`嘉善生态环境分局召开…`, `生态环境部举行…`)."""
    key = ("page_unit", kind)
    if key not in ctx._memo:
        pat = re.compile(r"(?:^|(?<=[,。;:\s]))(?:\d{1,2}月\d{1,2}日[上下]?午?,?)?(" + _CJK + r"{2,14}?" + kind +
                         r")(?=召开|举行|举办|组织|党组|印发|发布|日前|近日)", re.M)
        found = None
        for m in pat.finditer(ctx.text):
            cand = m.group(1)
            if ctx.dicts.region_pattern.match(cand) or cand.startswith(("生态环境", "国家", "中国", "中共")) or \
                    _major_org(ctx.dicts.unit_suffixes).fullmatch(cand):
                found = ctx.local_org(cand, 0) if cand[0] in "市区县" else cand
                break
        ctx._memo[key] = found
    return ctx._memo[key]


# a town's post with its unit no more than `镇`/`乡` (`镇长`, `镇党委书记`, `乡纪委书记`)
_TOWN_POST = re.compile(r"副?([镇乡])(?:长|党委|纪委|人大|政府|人民政府)")
# a town or township named anywhere (its last two characters before 镇/乡: `小河镇`, `岔河镇` of 西岔河镇), and the
# characters that make such a match no town's name (`对全镇`, `各乡镇`, `实施乡村`, `城乡`)
_ANY_TOWN = re.compile(r"(" + _CJK + r"{2}[镇乡])(?![村镇乡])")
_NOT_A_TOWNS_NAME = set("全各本我该每城乡村镇家故下小重古集老新特")  # (`把家乡`, `科技下乡`, `特色小镇`)
_TOWN_ACTING = re.compile(r"(?:^|(?<=[,。;:\s]))(?:\d{1,2}月\d{1,2}日[上下]?午?,?)?(" + _CJK + r"{2,4}?[镇乡])"
                          r"(?=召开|举行|举办|组织|党委|政府|印发|发布|日前|近日|开展)", re.M)


def _page_town(ctx: DocContext) -> str | None:
    """The town or township a page shows acting (`12月17日,某某镇召开…推进会`), when it names no other: whose posts
    `镇长`, `镇党委书记` are on it (not on a page visiting another, `…来到小河镇,镇长陈某陪同`)."""
    if "page_town" not in ctx._memo:
        towns = {m.group(1) for m in _TOWN_ACTING.finditer(ctx.text) if _TOWN.fullmatch(m.group(1))}
        town = towns.pop() if len(towns) == 1 else None
        if town is not None and any(not town.endswith(m.group(1)) and m.group(1)[1] not in _NOT_A_TOWNS_NAME
                                    for m in _ANY_TOWN.finditer(ctx.text)):
            town = None
        ctx._memo["page_town"] = town
    return ctx._memo["page_town"]


def _jurisdiction(title: str, ctx: DocContext, article_index: int) -> str | None:
    """`县长`, `副市长`, `市领导` with no unit: the page's county, city or province; `市委书记`, `县委常委`: its party
    committee (`重庆市委`). In a chain, the last post that holds a jurisdiction (`副县长、县级副总林长`: a post of no
    unit of its own)."""
    if title in _POSTS_OF_ONE_BODY:
        return _POSTS_OF_ONE_BODY[title]
    m = next((m for item in reversed(re.split(r"[、,]", title)) if (m := _JURISDICTION_TITLE.match(item))), None)
    if not m:
        return None
    return _post_of(m, _jurisdiction_place(m, ctx, article_index))


# a post only one body has (`总书记`: the Party's Central Committee's)
_POSTS_OF_ONE_BODY = {"总书记": "中共中央"}


def _post_of(post: re.Match, place: str | None) -> str | None:
    """The unit a jurisdiction's post (a _JURISDICTION_TITLE match) holds in a place: its party committee for a
    committee's post (`市委书记` in 重庆市: 重庆市委), else the place (`副县长`)."""
    return qualify_org(post.group(1) + "委", place) if place and "委" in post.group(0) else place


def _jurisdiction_place(m: re.Match, ctx: DocContext, article_index: int) -> str | None:
    unit = m.group(1)
    level = {"县": "county", "区": "county", "旗": "county", "市": "city", "省": "province"}.get(unit, "prefecture")
    if level == "county":
        region = ctx.article_region(article_index)
        if ctx.place.level(region) == "county":
            return region if unit != "旗" or region.endswith("旗") else None
        county = _the_one_named(ctx, article_index, region)  # (`县领导` at a province's event held in a county)
        return county if county and county.endswith(unit) else None
    if level == "prefecture":  # `州长`, `盟长`: the page's autonomous prefecture or league
        found = ctx.place.up_to(ctx.article_region(article_index), ("city",))
        return found if found and found.endswith(unit) else None
    if level == "province":
        # (or, on a page of the whole country, the one province its article names, not where it is held: `环境保护部与
        # 青海省政府在北京签署合作协议…省长王某`)
        return ctx.place.up_to(ctx.doc_city, ("province",)) or _one_province(ctx, article_index)
    # a city, a municipality (`北京市`) or a county-level city (`海林市`)
    if ctx.doc_city and ctx.place.city_of(ctx.doc_city) == ctx.doc_city:
        return ctx.doc_city
    region = ctx.article_region(article_index)
    county = _the_one_named(ctx, article_index, region)
    city = ctx.place.up_to(county, ("city",)) if county else None  # (`市领导` there: of the city that holds it, unless
    # the event is held in another; or, on a province's page, the one city its article names: `拉萨市召开…会议。
    # 副市长陆某出席` on a page of 西藏)
    city = city or _the_one_named(ctx, article_index, region, "city")
    if city and not city.endswith("市"):  # (not an autonomous prefecture's, whose head is 州长: a county-level city's)
        city = county if county and county.endswith("市") else None
    return city if city and not _venue_cities(ctx, article_index) - {city} else None


def _article_bounds(ctx: DocContext, article_index: int) -> tuple[int, int]:
    art = ctx.structure.articles[article_index] if article_index < len(ctx.structure.articles) else None
    return (art.start, art.end) if art else (0, len(ctx.text))


def _venue_cities(ctx: DocContext, article_index: int) -> set[str]:
    """The cities an article says something is held in (`…大会在杭州市召开`)."""
    lo, hi = _article_bounds(ctx, article_index)
    return {n for a, _, n in ctx.place.mentions_between(lo, hi)
            if ctx.place.level(n) == "city" and ctx.text[max(0, a - 1):a] in ("在", "于")}


def _one_province(ctx: DocContext, article_index: int) -> str | None:
    """The province an article names, by itself or by a place in it, not as where something is held (`在北京`): the
    only one, or one named at least twice as often as any other."""
    lo, hi = _article_bounds(ctx, article_index)
    found = Counter(p for a, _, n in ctx.place.mentions_between(lo, hi)
                    if ctx.text[max(0, a - 1):a] not in ("在", "于", "赴", "到") and (p := ctx.place.up_to(n, ("province",))))
    ranked = found.most_common(2)
    return ranked[0][0] if ranked and (len(ranked) == 1 or ranked[0][1] >= 2 * ranked[1][1]) else None


def _the_one_named(ctx: DocContext, article_index: int, region: str | None, level: str = "county") -> str | None:
    """The one county (district, banner) an article of a page placed above it names (`…全国生态日福建活动在将乐县成功
    举办。…市领导杨某、县领导陈某等出席`): where its county's and city's officials with no unit are from (see
    PlaceResolver.the_one_named)."""
    return ctx.place.the_one_named(*_article_bounds(ctx, article_index), region, level)


def _written_place_post(org: str | None, title: str, ctx: DocContext) -> str | None:
    """The place written before a post of its own (`宁都县委书记`, `光泽县委副书记、县长`): the post is that place's, its
    party committee's for a committee's post (宁都县委), whatever the page's own place; None when org is no place or
    the last post is of another level (`河南省委常委、郑州市委书记`)."""
    if org and org.endswith("委") and ctx.place.level(org[:-1]) in ("province", "city", "county"):
        org = org[:-1]  # (`光泽县委` written before `副书记、县长`: the county's posts)
    if not org or ctx.place.level(org) not in ("province", "city", "county"):
        return None
    post = _JURISDICTION_TITLE.match(title.split("、")[-1])
    return _post_of(post, org) if post and org.endswith(post.group(1)) else None


def _chain_unit(title: str, ctx: DocContext, article_index: int) -> str | None:
    """A chain of titles ends at the person's post: `省委常委、市委书记` is of the city's party
    committee, `市委副书记、代市长` of the city, `…组长、市政协副秘书长、机关党组成员` of the city's
    CPPCC. The unit of the last title after the first that names one (the first takes the unit
    written before the chain); None when none does."""
    for item in reversed(title.split("、")[1:]):
        # `贵港市委常委、桂平市委书记`: a place written before the last post's unit (that committee, as written)
        named = ctx.place.names_in(item)
        unit = _TITLE_UNIT.match(item[named[0][1] - 1:]) if named and named[0][0] == 0 else None
        if unit:
            return item[:named[0][1]] + unit.group("unit")[1:]
        m = _TITLE_UNIT.match(item)
        if m:  # (as written when the page does not say which county: `县委`, not the first post's `州政协`)
            return ctx.local_org(m.group("unit"), article_index) or m.group("unit")
        if _JURISDICTION_TITLE.match(item):
            return _jurisdiction(item, ctx, article_index)
    return None


def _section_labels(ctx: DocContext) -> set[int]:
    """Lines of one short word that label an article's sections (`水清`, `天蓝`, `地绿`, each over its
    prose), told by there being several of them with prose after each: the starts of their paragraphs.
    A reporter's line stands once, at the article's head or end; in a page of briefs each closes its
    item, the last one the page."""
    paras = ctx.structure.paragraphs
    spans = [(a.start, a.end) for a in ctx.structure.articles] or [(0, len(ctx.text))]
    out: set[int] = set()
    for a, b in spans:
        inside = [p for p in paras if a <= p.start < b]
        lines = [k for k, p in enumerate(inside) if re.fullmatch(_CJK + r"{2,3}", p.text.strip())]
        single = [k for k in lines if any(q.heading_level < 0 for q in inside[k + 1:])]
        # (one closing the article, right after its prose, makes them authors' lines)
        closes = bool(lines) and lines[-1] == len(inside) - 1 and lines[-1] > 0 and inside[lines[-1] - 1].heading_level < 0
        if len(single) >= 2 and not closes:
            out |= {inside[k].start for k in single}
    return out


def _outlet_before(line: str, ctx: DocContext) -> str | None:
    """The paper or agency a byline belongs to, named earlier on its line (`楚天都市报讯`,
    `新华社郑州12月19日电`, `中新网广州1月10日电`), as the page writes it: a short name (`中新网`) by its full name
    (中国新闻网) only where the page is that outlet's by its source line or its copyright (`来源:中国新闻网`), not
    where it merely names it (`此前,中国新闻网曾报道…`)."""
    best = None
    for m in _PAPER_DATELINE.finditer(line):
        best = (m.start(), m.group(1))
    for alias in ctx.dicts.news_outlets:
        i = line.rfind(alias)
        if i != -1 and (best is None or i > best[0]):
            best = (i, alias)
    if best is None:
        return None
    outlet = ctx.dicts.news_outlets.get(best[1], best[1])
    return outlet if ctx.publisher == outlet else best[1]


def _dateline_outlet(ctx: DocContext) -> str | None:
    """The outlet whose dateline opens the page's one item (`中国西藏网讯 6月5日…`), for a caption's credit naming none
    (`摄影:张某` below it); not an outlet cited (`据中国环境报报道`), nor on a page of `本报` items or of several
    datelines. Read once, and only for such a credit."""
    if "dateline_outlet" not in ctx._memo:
        text = ctx.text
        leads = [ln for ln in text[:400].split("\n") if _PAPER_DATELINE.match(ln.strip()) and not ln.strip().startswith("据")]
        ctx._memo["dateline_outlet"] = _outlet_before(leads[0], ctx) if len(leads) == 1 and "本报" not in text \
            and len(_PAPER_DATELINE.findall(text)) == 1 else None
    return ctx._memo["dateline_outlet"]


def _page_outlet(text: str) -> str | None:
    """The paper a page of `本报…` items comes from: the first paper named in its header."""
    if "本报" not in text:
        return None
    m = _PAPER.search(text[:600])
    return m.group(1) if m else None


@lru_cache(maxsize=4)
def _compound_surnames(surnames: frozenset[str]) -> tuple[str, ...]:
    """The two-character surnames (`欧阳`, `司马`), sorted: officials' names and bylines read four characters after one."""
    return tuple(sorted(s for s in surnames if len(s) == 2))


def _byline_pattern(ctx: DocContext) -> re.Pattern:
    cues = "|".join(re.escape(c) for c in sorted(ctx.dicts.byline_roles, key=len, reverse=True))
    # a two-character name may be written with a space between, to line up with three (`记者 李 海`); after a compound
    # surname, four (`作者: 欧阳星宇`)
    compound = "|".join(map(re.escape, _compound_surnames(ctx.dicts.surnames)))
    four = rf"(?:{compound}){_CJK}{{2}}(?!{_CJK})|" if compound else ""
    name = rf"(?!{cues}){_NOT_A_CREDITED_NAME}(?:{_CJK}[ \u3000]{_CJK}(?!{_CJK})|{four}{_CJK}{{2,3}})"
    # (the unit a credit may name before its people: `(作者:区融媒体中心 张某 周某)`)
    unit = rf"(?:(?P<unit>{_CJK}{{1,10}}?(?:融媒体中心|新闻中心|报社|日报|晚报|电视台))[ \t]+)?"
    return re.compile(rf"(?P<cue>{cues})[ \t:：/|｜]*{unit}(?P<names>{name}(?:(?:[ \t]+|、){name})*)"
                      # (or a space: `本报讯 记者张某 生态环境部近日通报…`; or the next field: `记者:孙某版面编辑:…`;
                      # or the next credit: `记者 盛某、通讯员 敖某`; or where the reporter learnt it: `本报北京3月3日电 记者
                      # 陈某从日前召开的…会议上了解到`)
                      rf"(?=[ \t]|[)）]|$|\n|{_CJK}{{0,4}}报道|摄|,|。|、?(?:{cues})|\d{{4}}[-/.年]|(?:版面|责任|值班|美术)?编辑[:：]"
                      rf"|[/／](?:{_CJK}{{0,2}}编辑|[一二三]审)"
                      rf"|(?<!近日)(?<!日前)(?<!近期)(?<!今日)(?<!昨日)(?<!多次)(?<!再次)(?<!专程)(?<!先后)(?<!曾经)(?<!日)"
                      rf"[从在][^,，。;；]{{2,60}}?(?:获悉|了解到|得知))", re.M)


# the words of an editor's or a reporter's role, in a credit where a name may stand (`(编辑 刘某)`, `… 编辑 赵某`)
_NOT_A_CREDITED_NAME = "(?!" + "|".join(EDITOR_ROLES + ("记者", "通讯员", "摄影", "实习生", "报道", "有改动", "有删节", "有删改",
                                                          "节选")) + ")"  # (nor an editor's note: `(有改动)`)
# `中新网乌鲁木齐6月7日电 (胡某)`, `本报讯(郭某 吴某)`: reporters credited by name alone
# (those after the first may be credited with their role: `(王某、实习生李某)`)
_LATER_ROLE = r"(?:实习生|见习记者|实习记者|通讯员|记者)?"
_BARE_CREDIT = re.compile(r"(?:\d{1,2}日电|讯|(?<=在线)消息|(?<=在线|新闻|融媒)[\u4e00-\u9fff]{1,3}消息)\s*[(（]\s*(?P<names>" + _NOT_A_CREDITED_NAME + _CJK + r"{2,3}(?:[ 、]+(?!报道)" + _LATER_ROLE + _NOT_A_CREDITED_NAME + _CJK +
                          r"{2,3})*)(?:\s*报道)?\s*[)）]")


# a credit naming each one's part at a slash: `(记者 王某/文 李某/图)`, `(张某/文 王某/摄)`, `(文/汪某 图/余某)`, and a line
# of its own `文/汪某 图/余某`
_SLASH_CREDIT = r"(?:" + _CJK + r"{2,3}[ \t]*/[ \t]*(?:文|图|摄影?)|(?:文|图|摄影?)[ \t]*/[ \t]*" + _CJK + r"{2,3})"
# (after names of writers given no part, and a role its post may qualify: `(河南两会特派记者 阮某 王某 陈某/文 段某/图)`)
_SLASH_CREDITS = re.compile(r"(?:[(（]|^)[ \t]*(?:[^()（）\d\n]{0,12}?(?:记者|通讯员))?[ \t]*(?P<body>(?:" + _NOT_A_CREDITED_NAME
                            + _CJK + r"{2,3}[ \t]+){0,3}(?:" + _NOT_A_CREDITED_NAME + _SLASH_CREDIT
                            + r"[ \t]*){1,4})(?:[)）]|$)", re.M)


def _unmarked(name: str) -> str:
    """A credited name without the mark of a photo taken glued to it (`人民网记者 张俊摄` under a photo)."""
    return name[:-1] if len(name) == 3 and name.endswith("摄") else name


def _byline_names(names: str) -> list[str]:
    """The names of a byline: `李 海 王小明` is 李海 and 王小明 (single characters pair up)."""
    out: list[str] = []
    tokens = names.replace("、", " ").split()  # `记者倪元锦、王迪迩`
    while tokens:
        t = tokens.pop(0)
        if len(t) == 1 and tokens and len(tokens[0]) == 1:
            t += tokens.pop(0)
        out.append(t)
    return out


def extract_people(ctx: DocContext) -> list[Person]:
    found: dict[str, Person] = {}
    text = ctx.text
    titled, any_title, shared = _title_patterns(tuple(t for t in ctx.dicts.titles if t not in ctx.dicts.press_titles),
                                                _compound_surnames(ctx.dicts.surnames))

    def add(name, title, org, role, start, end, credited=False):
        held = found.get(name)
        if held is not None:
            if held.title in ctx.dicts.collective_titles and title and title not in ctx.dicts.collective_titles \
                    and role == held.role:  # `县领导田某、曾某出席` then `县委副书记、县长曾某主持会议`
                found[name] = dataclasses.replace(held, title=title, org=org or held.org)
            elif held.title == "摄影" and title == "记者":  # the reporter took the photos too: credited as reporter
                found[name] = dataclasses.replace(held, title=title, org=org or held.org)
            elif role == held.role == "press" and held.org is None and org:
                found[name] = dataclasses.replace(held, org=org)  # credited again with the outlet (a caption's `(记者
                # 李某 摄)`, then `大江网…讯 记者李某…报道`)
            return False
        if not plausible_name(name, ctx, credited, titled=role == "official" and bool(title)):
            return False
        if role == "official" and (_ONLY_CITED.match(text, end) or _CITED_AT.match(text, end)):
            return False  # `省长林某对全省…工作的重要批示精神`: cited for an instruction, not acting here
        found[name] = Person(name, title, org, role, start, end, text[start:end])
        return True

    # the news medium that published the page (`来源:青海日报`): the one a credit closing an item names no other of
    # (or a paper of a trade its source line names, `来源:中国水利报`)
    page_medium = ctx.publisher if ctx.publisher and (re.fullmatch(_MEDIUM, ctx.publisher) or _TRADE_PAPER.fullmatch(ctx.publisher)
                                                      or ctx.publisher in ctx.dicts.news_outlets.values()) else None
    # (`本报讯` on a paper's page whose header names no paper: the paper that published it, `版权所有:陕西农村报`)
    page_outlet = _page_outlet(text) or (page_medium if "本报" in text else None)
    media_centre = _MEDIA_CENTRE.search(text)
    credit_end = -1  # where the last credit read ends: `首席记者靳某实习生孔某` runs two together
    credit_line = (-1, None)  # the start of the last credit's line, and the medium it credits
    for m in _byline_pattern(ctx).finditer(text):
        cue = m.group("cue")
        apart = text[m.end("cue"):m.start("names")] or m.start() in (0, credit_end) or text[m.start() - 1] in "(（ \n\t·◆■●▲◇□★☆•" \
            or (m.start() == credit_end + 1 and text[credit_end] == "、")
        # (`记者李某、实习生周某报道`: the next credit; `◆本报记者范某`: a bullet before it)
        # (or the paper's name, in the credit's brackets: `(新甘肃·甘肃经济日报记者燕某)`)
        # (or an outlet news_outlets.csv knows, opening the credit's line: `闪电新闻记者于某报道`; or a medium's name alone
        # opening it, `中国宁波网记者冯某 通讯员陈某`)
        opens_line = text[text.rfind("\n", 0, m.start()) + 1:m.start()]
        if not apart and not re.search(r"(讯|电|融媒)$", text[max(0, m.start() - 2):m.start() + len(cue)]) \
                and opens_line.strip() not in ctx.dicts.news_outlets and not _PAPER_HEADS_LINE.match(opens_line) \
                and not _PAPER_OPENS_CREDIT.search(text, max(0, m.start() - 30), m.start()) \
                and not _PAPER_IN_CREDIT.search(text, max(0, m.start() - 30), m.start()):
            continue  # `摄影季开幕`, `…回答记者提问`: the word in running text, not a credit
        line_start = text.rfind("\n", 0, m.start()) + 1
        line = text[line_start:m.start()]
        # (the paper a credit names in its brackets before the role is the reporter's, whatever site's dateline opens the
        # line: `东南网3月1日讯(福建日报记者 潘某)`)
        named = _PAPER_OPENS_CREDIT.search(line)
        outlet = named.group(1) if named else _outlet_before(line, ctx)
        if outlet is None and (paper := _PAPER_IN_CREDIT.search(line) or _PAPER_OPENS_CREDIT.search(line)
                               or _PAPER_HEADS_LINE.match(line) or _MEDIUM_OPENS_LINE.match(line)):
            # `(昆明日报 记者王某)`, `(新甘肃·甘肃经济日报记者燕某)`, a line `河南日报客户端记者 李某`
            outlet = paper.group(1)
        if outlet is None and "融媒" in text[line_start:m.start() + len(cue)] and media_centre:
            outlet = media_centre.group(0)
        outlet = (ctx.local_org(m.group("unit"), 0) or m.group("unit")) if m.group("unit") else outlet or page_outlet
        if cue.startswith("本报"):
            outlet = page_outlet
        if outlet is None and re.fullmatch(r"[\s•·]*(?:作者|作\s*者)?\s*[:：]?\s*", line) \
                and text[m.end():m.end() + 1] in ("\n", "", " ", "\t") and not _COMPANY.search(ctx.publisher or ""):
            outlet = ctx.publisher  # a byline line of its own (kept from the page's source line, `作者:记者 张某 …`): its publisher
            # (not a company whose site reposts the item: `东莞市某环保科技有限公司`)
        if outlet is None and line_start == credit_line[0]:
            outlet = credit_line[1]  # a credit going on along the line of one before it (`记者 张某 … 通讯员 王某`)
        # (the brackets open before an earlier credit of the same run: `(全媒体记者 彭某 通讯员 陈某)`)
        opened = max(text.rfind("(", line_start, m.start()), text.rfind("（", line_start, m.start()))
        closing = opened != -1 and re.fullmatch(r"[\s\u4e00-\u9fff、]*", text[opened + 1:m.start()]) is not None \
            and _CREDIT_RUN_CLOSES.match(text, m.end())
        if outlet is None and (closing or cue in _PRESS_CUES):
            outlet = page_medium  # `…出席会议并讲话。(记者 殷某)` closing the item, or `记者邹某报道` opening it, on a
            # medium's page: its reporter
        if outlet is None and cue in _CAPTION_CUES:
            outlet = _dateline_outlet(ctx)
        names, end = _byline_names(m.group("names")), m.end()
        names = [_unmarked(n) for n in names]
        dateline = re.match(rf"[ \t]*({_CJK}{{0,3}})报道", text[m.end("names"):])
        if dateline and len(names[-1]) == 3 and names[-1][-1] + dateline.group(1) in ctx.dicts.region_aliases:
            names[-1], end = names[-1][:2], end - 1  # `见习记者刘某上海报道`: the place it is filed from, not the name's end
        elif dateline and not dateline.group(1) and len(names) > 1 and names[-1] in ctx.dicts.region_aliases:
            names.pop()  # `记者张某 周某 石家庄报道`: the place it is filed from, a word of its own
        for n in names:
            add(n, ctx.dicts.byline_roles[cue], outlet, "press", m.start(), end, credited=True)
        credit_end, credit_line = m.end(), (line_start, outlet)
    for m in _BARE_CREDIT.finditer(text):  # `中新网乌鲁木齐6月7日电 (胡嘉琛)`: the reporter, unnamed as one
        line_start = text.rfind("\n", 0, m.start()) + 1
        # (or the publisher's, its name opening the credit's line: `中国报道讯(…)` on a page 来源:中国报道)
        outlet = page_outlet if text[m.start() - 2:m.start()].endswith("本报") else \
            _outlet_before(text[line_start:m.start("names")], ctx) or page_outlet or \
            (ctx.publisher if ctx.publisher and text[line_start:m.start()].lstrip().startswith(ctx.publisher) else None)
        for n in re.split(r"[ 、]+", m.group("names")):
            role = re.match(_LATER_ROLE, n).group()
            add(n[len(role):], ctx.dicts.byline_roles.get(role, "记者"), outlet, "press", m.start("names") - 1, m.end())
    for m in _SLASH_CREDITS.finditer(text):  # `(记者 王某/文 李某/图)`: who wrote, who took the pictures
        line_start = text.rfind("\n", 0, m.start()) + 1
        # (or the paper its role is of, opening the credit: `河南商报记者 陈某/文`)
        paper = _PAPER_OPENS_ROLE.match(text, m.start(), m.start("body"))
        outlet = _outlet_before(text[line_start:m.start()], ctx) or (paper and paper.group(1)) or page_outlet or page_medium
        for credit in re.sub(r"[ \t]*/[ \t]*", "/", m.group("body")).split():  # `王某/文`, `图/李某`, `阮某` (a writer)
            name, part = sorted(credit.split("/"), key=lambda x: x in ("文", "图", "摄", "摄影")) if "/" in credit else (credit, "文")
            add(name, "记者" if part == "文" else "摄影", outlet, "press", m.start(), m.end(), credited=True)
    seen_prose = False
    labels = _section_labels(ctx)
    for para in ctx.structure.paragraphs:
        s = para.text
        lone = re.fullmatch(r"[◆■●]?\s*((?:" + _CJK + r"{2,3}\s*){1,3})", s) \
            or re.fullmatch(r"[(（]\s*(" + _CJK + r"{2,3})\s*[)）]", s) \
            or re.fullmatch(r"[(（]\s*(?:文|撰文)[ \t:：/]+((?:" + _CJK + r"{2,3}[ \t、]*){1,3})[)）]", s)
        # (or one in brackets: `(吴琼)`; not `(编辑 陈某)`; or those who wrote it, `(文 沈某 任某)`)
        seen_prose = seen_prose or para.heading_level < 0
        if lone and any(role in s for role in EDITOR_ROLES):
            lone = None  # (an editor's line, `实习编辑 艾某`: who edited the item, not who wrote it)
        if lone and len(s) <= 14 and seen_prose and para.start not in labels:  # a name line closing an article, not a menu above it
            for n in re.split(r"[\s、]+", lone.group(1).strip()):
                # (`权责`/n, a word left on a line: no credit names it, so a rarer word than elsewhere is no name)
                if not _ordinary_word(n, ctx.dicts, more_than=KNOWN_WORD - 1):
                    add(n, "记者", page_medium, "press", para.start, para.end)
        tail = _NAME_TAIL.search(s)
        if tail:  # reporters' names closing an article's last paragraph: `…高质量发展。任效良 孔超`, `…。(张某)`
            for n in tail.group(1).split():
                add(_unmarked(n), "记者", page_medium, "press", para.start + tail.start(1), para.start + tail.end(1))
        wp = _TEXT_AND_PHOTO.search(s)
        if wp and not (wp.group("name").endswith(ctx.dicts.org_suffixes) and _ordinary_word(wp.group("name")[:-1], ctx.dicts)):
            # (`(图文:宣传股)`: a section credits it, its name a word and a unit's ending, org_suffixes.csv; `(图文:李振科)` is
            # a person)
            add(wp.group("name"), "记者", page_medium, "press", para.start + wp.start(), para.start + wp.end())
        pm = _PHOTO.search(s) if len(s) <= 20 or _CAPTION_OPENS.match(s) else None  # (or closing a caption: `图为…。 张某 摄`)
        pm = pm or _CAPTION_CREDIT.search(s) or _CAPTION_SHOT.search(s)
        if pm:
            medium = pm.groupdict().get("medium")
            if medium is None and pm.re is _PHOTO:  # (the outlet right before the name: `澜沧江网状水系。人民网 张某摄`)
                # (an outlet news_outlets.csv knows, a word of its own: not `政务服务中心总台`, nor a bulletin, `社区环保快报`)
                before = s[:pm.start()].rstrip()
                medium = next((a for a in ctx.dicts.news_outlets if before.endswith(a)
                               and not re.match(r"[\u4e00-\u9fff]", before[-len(a) - 1:-len(a)])), None)
            add(pm.group("name"), "摄影", medium, "press", para.start + pm.start(), para.start + pm.end())
    with_title = [sent for sent in ctx.structure.sentences if any_title.search(sent.text)]  # (the trie first)
    for sent in with_title:
        previous_end = 0
        last_end, last_org = None, None
        leading_org = None  # the unit of the sentence's first official of a unit's leadership: who hosts
        for m in titled.finditer(sent.text):
            name = m.group("name")
            if _a_river_of_the_place(sent.text, m.start("name") - 1, ctx):
                continue  # `全市长江干流…`, `泰州市长江段`: the place's stretch of a river, not a 市长 named 江干流
            clause_start = max(sent.text.rfind(c, 0, m.start()) for c in ",。;:、 (\n") + 1  # (a line unpunctuated)
            if sent.text[clause_start - 1:clause_start] == "(" and ")" in sent.text[clause_start:m.start()]:
                # a bracket inside the unit's name, closed before the title: `国能(天津)港务有限责任公司…负责人刘某`
                clause_start = max(sent.text.rfind(c, 0, clause_start - 1) for c in ",。;:、 (\n") + 1
            if sent.text[clause_start - 1:clause_start] == "、":  # `党组书记、局长`: the chain began earlier
                clause_start = max(sent.text.rfind(c, 0, clause_start - 1) for c in ",。;: (") + 1
            clause_start = max(clause_start, previous_end)  # `…刘东伟同志和市…支队副支队长朱淑贞`
            previous_end = m.end()
            prefix = re.sub(r"^(同志)?(和|与|及|、)", "", sent.text[clause_start:m.start()])
            prefix = re.sub(r"^(会议由|会议|会上|由|请|谢谢|据)", "", prefix)  # `会议由厅党组成员…主持`, `据市…局总工程师…介绍`
            prefix = _IN_TURN.sub("", prefix)  # `首先县生态环境分局局长李某通报…`: who speaks in what order
            prefix = prefix.rpartition("了")[2]  # `传达学习了市生态环境局党组书记…`: the verb before the unit is no part of it
            post = None  # the post ending the chain before the last `、`, if the prefix holds one
            if "、" in prefix:  # `淳安县人民政府、清华大学…研究院院长`: only a title chain carries over `、`
                head, _, tail = prefix.rpartition("、")
                post = max((t for t in ctx.dicts.titles if head.endswith(t)), key=len, default=None)
                if post is None:
                    prefix = tail
            org, section = _split_org(prefix, ctx, sent.article_index)
            if org and "、" in org:  # `省整改办主任、省环保厅厅长邓某`: a chain of posts ran into the unit;
                org, section = _split_org(prefix.rpartition("、")[2], ctx, sent.article_index)  # the last post's
            elif org and "、" in section and not _STEERING_BODY.search(section):
                # `…领导小组办公室主任、市住房和城乡建设局局长熊某`, `州委常委、州人民政府副州长李某`: the chain ends at a post
                # of another body its place names (`市`, `州`, `葛店开发区`), the person's; not a department of the body
                # named first (`县委常委、宣传部部长`: 县委's), nor a place's leader chairing its body (_STEERING_BODY); a
                # place's own committee or government (`市委副书记、市政府党组书记、副市长`) is _chain_unit's to name
                chained, last = section.rpartition("、")[::2]
                last_org, last_section = _split_org(last, ctx, sent.article_index)
                if last_org and not last_section and not _TITLE_UNIT.fullmatch(last) and _OWN_POST_BODY.search(last_org) \
                        and any(chained.endswith(t) for t in ctx.dicts.titles) \
                        and (last[:1] in _UNIT_CHARS or any(a == 0 for a, _, _ in ctx.place.names_in(last))):
                    org = last_org
            steering = post is not None and _JURISDICTION_TITLE.match(post) is not None and _STEERING_BODY.search(tail)
            if (org is None or steering) and post and not re.search(r"[\d了,，]", tail):
                # `衡东县副县长、吴集河河长颜某`: a chain whose last post names what it is of; the first post's unit written
                # before it, else the jurisdiction it holds (`副区长、漳河河长刘某`); so too a place's leader chairing its
                # steering body (`省长、领导小组组长王某`, `市委副书记、市长、绿美阳江建设和生态环境保护委员会主任余某`)
                unit, unit_section = _split_org(head[:-len(post)], ctx, sent.article_index) if len(head) > len(post) \
                    else (_jurisdiction(post, ctx, sent.article_index), "")
                if unit is not None:
                    org, section = unit, unit_section + post + "、" + tail
            if (org is None or "、" not in prefix) and 2 <= len(prefix) <= 6 and m.group("titles").startswith(_UNIT_CHARS) \
                    and ctx.dicts.region_pattern.fullmatch(prefix + m.group("titles")[0]):
                # `光泽县委书记`: a county named short before its post (_written_place_post); `贵安新区领导`: the place the
                # title's first character ends, not one inside what is before it (安新)
                org = prefix + m.group("titles")[0]
            town = _TOWN.fullmatch(prefix)
            if org is None and town and m.group("titles").lstrip("副").startswith(town.group(1) + "长"):
                org = prefix  # `大王镇镇长李某`
            if (org is None or org == prefix) and (post := _TOWN_POST.match(prefix + m.group("titles"))) \
                    and (own_town := _page_town(ctx)) is not None and own_town.endswith(post.group(1)):
                org = own_town + prefix.lstrip("副")[1:]  # `镇长宋某`, `镇党委书记李某`, `镇纪委书记罗某`: the page's town's
            # `环境监测站长黄某`, `环境监察大队长潘某`: 环境监测站 and its 站长, the 站 written once (not `新任站长`, `退休老所长`)
            head_of = _HEADED_UNIT.fullmatch(m.group("titles").lstrip("副"))
            if org is None and head_of and 2 <= len(prefix) <= 10 and not _NO_UNIT.search(prefix):
                org = ctx.local_org(prefix + head_of.group(1), sent.article_index) or prefix + head_of.group(1)
            if org is None and prefix.removeprefix("该") in ("局", "厅", "部", "委"):
                org = _page_unit(ctx, prefix[-1])  # `局党组书记`, `该局局长`: the bureau the page shows acting
            elif (own := _OWN_SECTION.fullmatch(prefix)) and org in (None, prefix[own.end("chain"):]) \
                    and not _ORG_START.match(own.group("section")):
                org = _section_unit(ctx, own)  # `厅大气环境处`, `(新闻发言人、)办公室`: a section of the page's body
                section = prefix if org is None else own.group("chain") + own.group("section")
            if re.search(r"\d|了", section) or (len(section) > 16 and "、" not in section):  # `安排部署2022年…学习了市委书记陈某`:
                org, section = None, ""  # running text, no unit and section (a line joined to the next)
            title = re.sub(r"^由", "", section) + m.group("titles")  # `市人大常委会由城建环保工委主任李某`
            between = sent.text[last_end:clause_start] if last_end is not None else None
            if org is None and not prefix and between is not None and re.fullmatch(r"(同志)?[,、]?", between) \
                    and not _JURISDICTION_TITLE.match(re.split(r"[、,]", title)[-1]):
                org = last_org  # one unit's people listed in a row: `…集团董事长雷某,总经理助理徐某`
                # (not a 副省长 after a 省委秘书长: a jurisdiction's title names its own unit)
            if org is None and not prefix and last_org and last_org == leading_org and between is not None \
                    and _ACTED_BETWEEN.fullmatch(between) and all(_INNER_TITLE.fullmatch(t) for t in re.split(r"[、,]", title)) \
                    and all(last_org.endswith(h.group(1)) for t in re.split(r"[、,]", title)
                            if (h := _HEAD_OF_A_BUREAU.fullmatch(t))):
                # `局党组书记、局长张某出席会议并讲话,党组副书记刘某主持会议`: the next post of the same unit's leadership,
                # after the first one's act (a 副厅长 only of a 厅, a 副局长 only of a 局); not after a guest of another
                # unit (`副市长陈某出席会议并讲话,党组书记吕某主持会议`, `…应急管理局副局长吕某介绍…,党组成员王某主持`)
                org = last_org
            head_of = _HEAD_OF_A_BUREAU.fullmatch(re.split(r"[、,]", title)[-1])
            if org is None and not prefix and head_of:  # `副局长刘某主持新闻发布会`: of the bureau the page shows acting
                org = _page_unit(ctx, head_of.group(1))
            org = _written_place_post(org, title, ctx) or _chain_unit(title, ctx, sent.article_index) or org \
                or _jurisdiction(title, ctx, sent.article_index)
            if leading_org is None and org and all(_INNER_TITLE.fullmatch(t) for t in re.split(r"[、,]", title)):
                leading_org = org  # (after a guest, `副市长陈某出席会议并讲话,局党组书记郑某主持会议,党组成员林某…`)
            last_end, last_org = m.end(), org
            if _cuts_a_word(sent.text, m.end("name"), ctx.dicts):
                continue
            add(name, title, org, "official", sent.start + clause_start, sent.start + m.end())
            # a title shared along a list: `副县长付玉林、王立辉`
            pos = m.end("name")
            while (n := shared.match(sent.text, pos)) and not titled.match(sent.text, pos + 1):
                if not plausible_name(n.group("name"), ctx):
                    break
                add(n.group("name"), title, org, "official", sent.start + clause_start, sent.start + n.end("name"))
                pos = n.end("name")
                last_end = pos
    title_then_act = _title_then_act(tuple(t for t in ctx.dicts.titles if t not in ctx.dicts.press_titles))
    for sent in with_title:
        for m in title_then_act.finditer(sent.text):
            if m.group(0) == "总书记" and not _ATTENDS.match(sent.text, m.end()):
                continue  # `习近平总书记强调,…` relayed at a meeting: his words cited, not him acting in the text
            read = _name_before_title(sent.text, m, ctx)
            if read:
                name, org, section, start = read
                title = section + m.group(0)
                org = org or _jurisdiction(title, ctx, sent.article_index)
                add(name, title, org, "official", sent.start + start, sent.start + m.end())
    for sent in ctx.structure.sentences:
        for m in _LISTED_BEFORE_ROLE.finditer(sent.text) if "等" in sent.text else ():
            role = m.group("role")
            org, section = _split_org(role, ctx, sent.article_index)
            title = None if role == "同志" else section or role
            org = org or (_jurisdiction(title, ctx, sent.article_index) if title else None)
            for n in m.group("names").split("、"):
                add(n, title, org, "official", sent.start + m.start(), sent.start + m.end())
        for m in _LED_BY.finditer(sent.text) if "组长的" in sent.text else ():
            for n in m.group("names").split("、"):
                add(n, m.group("title"), m.group("org"), "official", sent.start + m.start(), sent.start + m.end())
        for m in _LISTED_AFTER_ROLE.finditer(sent.text) if "领导" in sent.text or "负责同志" in sent.text else ():
            role = m.group("role")
            lead = re.match(r"(?:县|区|市|省|州|盟|旗)领导", role)  # `县领导及…`: the page's county
            units = _UNITS_GROUP.match(role)  # `市直有关部门负责同志`: of several units, none named
            if lead:
                org, title = _jurisdiction(lead.group(0), ctx, sent.article_index), role
            elif units:
                org, title = None, units.group("title")
            else:
                org, section = _split_org(role, ctx, sent.article_index)
                title = section or role
                two = re.fullmatch(r"([^、()（）]{4,12})、(.+?)(?:领导干部|领导同志|领导|负责同志)", role)
                if two and org is None:  # `联席会议成员、长江流域十五省(区、市)领导`: a post, then who hold it
                    title, org = two.groups()
            names = m.group("names").split("、")
            if len(names[-1]) == 3 and names[-1].endswith("等"):
                names[-1] = names[-1][:2]  # `…、王某等参加`
            elif len(names[-1]) == 3 and names[-1].endswith("作") and not sent.text.startswith("作", m.end()):
                names[-1] = names[-1][:2]  # `…、王某作交流发言`: the verb's 作, not the name's
            for n in names:
                add(n, title, org, "official", sent.start + m.start("names"), sent.start + m.end())
    for sent in ctx.structure.sentences:
        if "的" not in sent.text or not _HONOUR.search(sent.text):
            continue
        for m in _HONOURED.finditer(sent.text):
            if not _HONOUR.search(sent.text, m.end()):
                continue
            org, section = _split_org(m.group("org"), ctx, sent.article_index)
            org = org + section if org else m.group("org") if ctx.dicts.region_pattern.match(m.group("org")) else None
            if org is not None:  # a unit, or a place's village or school (`…常乐镇拱市联村`)
                add(m.group("name"), None, org, "official", sent.start + m.start(), sent.start + m.end())
    return sorted(found.values(), key=lambda p: p.evidence_start)

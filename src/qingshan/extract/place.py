"""Where: the one place resolver every extractor asks.

A page has a jurisdiction — the place a reader takes it to be about, from what a reader uses: a
ministry publishing for the whole country, the headline, the opening sentences (a dateline such as
`新华社成都3月5日电` says where a story was filed, not what it is about), the publisher's name.
Never from counting mentions: company names and addresses are not the subject.

A figure's place is the nearest applicable mention before it (`我市`, `全省`, `本县` point to the
jurisdiction), else what opens an earlier sentence of its paragraph, its heading, its article.
A name shared by several regions (`朝阳区`, `和平区`) is read as the one in the page's province.
"""
from __future__ import annotations

import bisect
import re
from collections import Counter
from functools import cached_property, lru_cache

from ..dictionaries import Dictionaries
from ..text.clean import PAPER_KINDS, TIMESTAMP
from ..text.segment import segmenter
from ..text.structure import RELATED, SENTENCE_REACH, Sentence, Structure, in_book_title, menu_of_words
from .cues import HEADING_NUMBER, ITEM_OPENS

# `新华社成都3月5日电`, `本报讯`, `(记者 …)`: where and by whom, not what about
# a dateline, with the credit in brackets after it (`人民日报海外版北京7月22日电(记者寇江泽)`), or an
# outlet's `讯` or `消息` (`中国环境报讯`, `XX网讯(记者…)`, `四川在线德阳频道消息(记者 古蓉媛)`), or a
# bracketed credit alone
DATELINE = re.compile(r"^\s*[(（【]?(新华社|中新社|中新网|人民网|新华网|央视网|本报|[\u4e00-\u9fff]{2,8}(日报|晚报|都市报|网|社|台)讯?)?"
                      r"[\u4e00-\u9fff]{0,8}?\d{1,2}月\d{1,2}日(专?电|讯|消息)[)）】]?(?:\s*[(（][^)）]{0,30}[)）])?"
                      r"|^\s*[\u4e00-\u9fff]{2,10}?(?:讯|消息)\s*[(（][^)）]{0,30}[)）]|^\s*[\u4e00-\u9fff]{2,10}?(报|网)讯"
                      r"|^\s*[(（][^()（）]{0,20}?(?:记者|通讯员)[^()（）]{0,30}[)）]")  # `(昆明日报 记者王某)`
# a paper crediting its reporter at the opening (`河北日报记者 王某`, `沈阳晚报讯(记者 李某)`): the words before
# the paper's kind can name its province or city
_PAPER_OF_A_PLACE = re.compile(r"(?P<place>[\u4e00-\u9fff]{2,6}?)(?:" + PAPER_KINDS + r")[报報](?!告)")
# a news outlet named after its place (`河北日报`, `陕西科技报`, `长城新媒体`, `XX广播电视台`): listed with others, who
# came (`中新社、河北日报…等多家新闻媒体受邀参加发布会`), not the page's place; over an item, not the topic of what follows
# it (a local paper's name at the page's head still tells whose `我省` it writes: `四川日报数字版` over `我省1个集体…`)
_OUTLET_AFTER = re.compile(r"[\u4e00-\u9fff]{0,2}?(?:" + PAPER_KINDS + r"|生活)[报報](?!告)|(?:广播)?电视台|广播电台|新闻网|新媒体|融媒体?中心")
# a sentence opening with the country's cities counted (`339个地级及以上城市…`)
_THE_COUNTRYS_CITIES = re.compile(r"\s*(?:全国)?[1-9]\d\d个(?:地级及以上城市|地级以上城市)")
# a sentence opening with all the cities of a province counted (`18个省辖市中,`, `13个设区市`): 21 at most
_ALL_CITIES_OPEN = re.compile(r"\s*(?:[1-9]|1\d|2[01])个(?:省辖市|设区市|设区城市|地级市|地级及以上城市|地级以上城市|市州|市[(（]州[)）])")
_ALL_COUNTY_CITIES_OPEN = re.compile(r"\s*[1-9]\d{0,2}个县级(?:及)?(?:以上)?城市")  # (a province's, on its own page)
# the clause after a figure naming whose it is (`…最高为88.2%,出现在南通市`)
_WHOSE_AFTER = re.compile(r"[,，]\s*(?:出现在|位于|属于|是|为)")
# (or through its app or site: `周口日报·周道客户端记者 彭某`)
_CREDITING_PAPER = re.compile(r"^\s*[(（【]?(?P<paper>" + _PAPER_OF_A_PLACE.pattern + r")(?:[·・\-－—][\u4e00-\u9fff]{1,6}?(?:客户端|网|APP|App))?"
                              r"(?:记者|通讯员|讯|消息)")
# the rest of a company's name after the place it is named after (`高平市丹峰糠醛有限公司`, `晋城福盛钢铁有限公司`)
# (no body or joining word between: `长治市公安局会同供电公司` is the city's police and a company)
_COMPANY_AFTER = re.compile(r"(?:(?!局|厅|委员会|政府|会同|协同)[\u4e00-\u9fff]){0,10}?(?:有限责任公司|有限公司|股份公司|总公司|公司)")
# the levels a page speaks as below the whole country
_LOCAL_LEVELS = ("province", "city", "county", "district")
_NATIONAL_VOICE = re.compile(r"我部")  # a ministry speaking of itself (not 本部, a company's head office: `集团企业本部`)
# a bracket after a river, on a place that the name goes on after (`长江(安徽)经济带`, not a section, `黄河(陕西段)`)
_BRACKETED_IN_NAME = re.compile(r"[(（]([\u4e00-\u9fff]{2,8})[)）](?!段)[\u4e00-\u9fff]")
_LOCAL_SUFFIX = re.compile(r"(?:自治县|自治旗|自治州|县|市|区|旗|州)$")  # (`沿河自治县`: 沿河)
# what follows a dateline's day (`6月5日讯`, `3月22日电`, `3月22日消息`)
DATELINE_DAY_END = re.compile(r"专?电|讯|消息")  # (`本报杭州4月20日专电`)
# documents a text cites as its basis (`根据《中华人民共和国环境保护法》《云南省环境保护条例》规定`): their
# places are not the page's
# (each title may follow who issued it: `根据…、国务院《大气污染防治行动计划》和《河南省…方案》`, `为贯彻落实…环保部等
# 四部委及六省市政府联合印发的《…》`)
_CITED_DOCUMENTS = re.compile(r"(?:根据|依据|按照|依照|贯彻)(?:[^《》,，。;；:：]{0,24}?《[^》]{1,60}》[、和及]?)+")
# a leader's speech on a visit to a place, or about it (`习近平总书记考察云南重要讲话`, `总书记对内蒙古的重要指示`): the
# place is the speech's, cited as an authority, not the page's own
_CITED_SPEECH = re.compile(r"总书记[^,，。;；]{0,4}(?:考察|视察|对)[\u4e00-\u9fff]{2,12}?(?:时|工作)?的?(?:系列)?重要(?:讲话|指示|批示)")
# a plan fitted to its place's circumstances (`结合平乡实际,制定本方案`, `结合我县实际`)
_FITTED_TO = re.compile(r"结合([\u4e00-\u9fff]{2,12}?)(?:的)?(?:工作)?实际[,，]?(?:特?制定|制订|编制|现将)")
_DEFERS_TO = re.compile(r"(?:贯彻|落实|按照|根据|依据|遵照|认真|学习|(?<![\u4e00-\u9fff])经(?=党中央|中央|国务院))[^,，。;；]*$")  # (`经党中央、国务院批准,`)
# the site's breadcrumb (`您现在的位置:首页 > 开发区新闻 > 宿迁`, `中国西藏网 > 即时新闻 > 地方`): the site's name in it is no
# place of the page (read by metadata too)
BREADCRUMB = re.compile(r"(?:当前|现在的|所在)位置\s*[:：]|[>»›]\s*[^>»›\s]{1,12}\s*[>»›]")
_MENU = re.compile(r"\|.*\||\[登录\]|\[注册\]|欢迎访问|今天是|" + BREADCRUMB.pattern)  # site navigation and greeting bars


# a place named as the first of a group it heads (`永宁等四县率先完成…`, `铁岭等5个城市`): the group's, not its own
_FIRST_OF_A_GROUP = re.compile(r"(?:县|市|区)?等[\d一二三四五六七八九十两]+个?(?:县|市|区|州|盟|旗|省|城市|区县|县区|县市|地)")


def _listed_outlet(s: str, start: int, end: int) -> bool:
    """The place named at s[start:end] names an outlet listed with others (`中新社、河北日报、长城新媒体等…`)."""
    m = _OUTLET_AFTER.match(s, end)
    return bool(m) and (s[start - 1:start] == "、" or s[m.end():m.end() + 1] in ("、", "等"))


def _without_stamp(line: str) -> str:
    """A headline line without the timestamp printed beside it (`河源市召开…大会 2020-09-03 08:40`, `…检查 发布时间:2020-09-03
    08:40:12`); nothing of a poster's line (`晨辉祥云观福海 发表于 2020-9-3 08:40`): a user's name is no headline."""
    m = TIMESTAMP.search(line)
    if m is None:
        return line
    head = line[:m.start()].rstrip()
    if re.search(r"(?:发表于|作者[:：]?\s*\S*|发帖|楼主\S*)$", head):
        return ""
    return re.sub(r"(?:发布时间|发布日期|更新时间|时间|日期)\s*[:：]?\s*$", "", head).strip()


# what follows a place the page names as the one acting (`宝应县召开…`), as its bodies do (org_suffixes.csv)
_ACTS_AFTER = re.compile(r"召开|举行|印发|出台|开展|扎实|认真|全面|深入|坚持|高度")
# a place named as a partner, not as the page's own (a model or a destination: _EXEMPLAR_BEFORE)
_PARTNER_BEFORE = re.compile(r"(?:对接|与|联合|协同|毗邻|相比|支援|帮扶|对口)[^,，。;；]{0,3}$")
_CAPTION = re.compile(r"资料图|供图|摄$|图片来源")  # a photo caption names where the photo was taken
_EXCLUSION = re.compile(r"[(（][^()（）]{0,40}?(除外|以外)[)）]|除[^,，。;；()（）]{1,30}?(以外|之外|外)[,，]")
# what makes a place's short name part of a feature's (`黄石水库`, `北京路`, `朝阳公园`)
# what names a river's basin or stretch (`珠江流域` is the river 珠江)
_BASIN_AFTER = re.compile(r"流域|水系|干流|支流|沿岸|沿线")
_TRIBUTARIES_AFTER = re.compile(r"的?(?:主要|重要|一级|二级)?支流")  # (`汇入长江的主要支流`)
_OF_TRIBUTARIES = re.compile(r"[江河水湖](?:主要|重要|一级|二级)?支流")
# `兴隆镇`: a town; `红河水系`: a river, not 红河(州); `鸡冠山乡`: a place named after a mountain (not 鸡冠(区); `黄冈山区`, `浙江山海协作` are the place's)
_FEATURE_AFTER = re.compile(r"水库|湖|河|江|溪|渠|" + _BASIN_AFTER.pattern + r"|岛|峡|山(?=[乡镇村庙])|公园|湿地|大道|路|街|桥|机场|镇(?!级)|乡(?![村镇])"
                            r"|盛开|开(?:满|遍|得|了)|花期")  # (or a plant in bloom: `攀枝花盛开`, `攀枝花开满山坡`)
# the rest of a list of names, up to the count of them (`…兴凯湖、八岔岛4个`, `长江(金沙江)、大渡河…7条`)
_LIST_GOES_ON = re.compile(r"[)）]?(?:[(（][^()（）、,，]{1,8}[)）])?(?:、[^,，;；。、\d]{1,8})*等?")
_COUNT_OF_THEM = re.compile(r"[两二三四五六七八九十\d]{1,3}(?:个|处|座|条|家|所|片)")
# the rest of a list of works after a place naming one (`千年秀林、规模化林场等重点工程建设`)
_PROJECTS_LISTED = re.compile(r"[\u4e00-\u9fff“”\"]{1,12}、[^,，;；。]{0,40}?等[^,，;；。]{0,8}?(?:工程|项目)")
_CLAUSE_END = re.compile(r"[,，;；。]")
# what is named after a river or lake: a body, a road, a work (`汾河流域管理局`, `渭河大街`, `汾河生态修复工程`)
# (or a campaign, a film, a check-up: `黄河流域水质保障和消劣行动`, `长江经济带生态环境警示片`, `黄河“体检”`; or the
# outfalls into it, `长江入河排污口`, which the jurisdiction counts)
_NAMED_AFTER_WATER = re.compile(r"(?:流域)?(?:管理局|管理处|管理站|管理中心|管委会|水利委员会|集团|公司|大街|大道|路|街|桥|广场|公园|"
                                r"小区|社区|警示片|[“\"]?体检[”\"]?(?=[^,，。;；]{0,4}(?:整改|问题))|(?:入[河江湖海])?排污口)|[\u4e00-\u9fff]{0,6}?(?:工程|项目)(?![\u4e00-\u9fff]{0,2}(?:区|段))"
                                r"|[\u4e00-\u9fff、]{0,10}?(?:行动(?![\u4e00-\u9fff]{0,6}(?:计划|方案))|警示片)(?![\u4e00-\u9fff]{0,2}(?:区|段))")
# a group sent to inspect or supervise a place (`…生态环境保护督察组`, `…督导组`)
_INSPECTING_GROUP = re.compile(r"(?:督察|督导|督查|检查|巡视|巡察)组$")
# a headline that tells a result (`…水质连续三年全部达到Ⅱ类`), not a heading that names a scope (`二、黄河流域`)
_TELLS_A_RESULT = re.compile(r"达到|达标|保持|实现|提升|提高|下降|改善|好转|创|位居|稳定|全部|连续")
# what a figure about the air is told with (`…湟水河出境断面…,空气质量优良天数比率达到80%`: no river's)
_OF_AIR = re.compile(r"空气|大气|PM2\.5|PM10|细颗粒物|可吸入颗粒物|臭氧|优良天数|重污染天|沙尘|降尘")
# a sentence telling of each of the parts of a place (`各地…`, `各市州要…`, `各区县累计…`), by the level of the parts
_EACH_PART = re.compile(r"[“\"]?(?:全国)?各(?P<unit>省(?:区市|份)?|市州|地市|州市|市|州|城市|县市区|县区|区县|县|区|乡镇|镇|街道|地)")
_PART_RANK = {"省": 0, "省份": 0, "省区市": 0, "市州": 1, "地市": 1, "州市": 1, "市": 1, "州": 1, "城市": 1, "地": 1,
              "县市区": 2, "县区": 2, "区县": 2, "县": 2, "区": 2, "乡镇": 3, "镇": 3, "街道": 3}
_PLACE_RANK = {level: k for k, level in enumerate(_LOCAL_LEVELS)}  # (the levels of the gazetteer, highest first)
# an item of a list, opening a sentence or after a lead (`…郭某介绍,一是建设工作有序展开。`)
_OPENS_ITEM = re.compile(r"(?:^|[,，:：])[“\" ]*(?:" + ITEM_OPENS.pattern + ")")
_OPENS_FIRST_ITEM = re.compile(r"(?:^|[,，:：])[“\" ]*(?:一是|[(（]一[)）])")
# the others than the places or waters just spoken of (`监测的其他72个湖库中`, `其余7个城市`; not `其余3个项目`)
_THE_OTHERS = re.compile(r"(?:其他|其余|其它)[\d一二两三四五六七八九十百]+个?"
                         r"(?=[^,，。;；]{0,6}?(?:湖|库|河|断面|点位|城市|地市|[市县区州]))")
# a count of places (`7个城市`, `三县`, `2市`)
_PLACES_COUNTED = re.compile(r"[两二三四五六七八九十\d]{1,2}个?(?:城市|设区市|地市|市州|盟市|州市|县市区|县区|市|县|区|省|地|盟)")
# a clause opening with the count of its scope (`62个省级考核断面…`, `共设65个测点`)
# the field a rank is among (`进入全国前十`, `位居全省第一`, `全国第三`): no place of a figure
_RANK_SCOPE = re.compile(r"(?:[省市区县])?(?:前|第)[一二三四五六七八九十百\d]+(?:名|位|强)?(?![一二三四五六七八九十百\d个次批轮届季月年期])")
_RANK_WORD = re.compile(r"排名|排行|排序")
_RANK_NUMBER = re.compile(r"(?:市|县|区)?(?:排名|列|位列|居)?第[一二三四五六七八九十\d]{1,3}(?![一二三四五六七八九十百\d季批轮次届期个项])")
_PLACES_RANKED = re.compile(r"\d+个|[一二三四五六七八九十\d]+(?:市|个?城市|区县|县区)|各(?:市|区|县|城市)")
_RANK_VERB = re.compile(r"(?:进入|位居|位列|排名|排在|居|跻身|名列|列|走在|保持在|处于|迈入)$")
# what the country qualifies, not a place (`具有全国影响力`, `全国性`, `全国一流`, `在全国率先`, `入选全国首批`)
_COUNTRY_AS_MEASURE = re.compile(r"性|影响|知名|一流|先进|领先|典型|样板|标杆|推广|率先|首批|首个|首家|唯一")
# what a place is one of in the country (`广西是全国重要的畜牧大省区`): the country is the field, not the figure's place
_ONE_OF_ITS = re.compile(r"(?:最|较|重要|主要|知名|著名|第[一二三四五六七八九十\d]{1,2}大)")
_BEING = re.compile(r"(?:是|为|成为|作为)$")
# the country's extreme standing alone, its front ranks or a place in its ranking (`本市万元GDP能耗全国最低,`, `…位于全国前列`,
# `成都市空气质量全国排名第12,`): the field of a rank, no verb needed (not `全国第一季度`, `全国第二次污染源普查`)
_COUNTRY_EXTREME = re.compile(r"最[低高优好佳少多大小](?:水平)?(?=[,，。;；、])|领先(?=[,，。;；])"
                              r"|(?:排名|排在|排)?(?:前列|前茅|首位|之首|第[一二三四五六七八九十百\d]+(?![一二三四五六七八九十百\d季次批轮届月年期个]))")
_FIRST_AMONG = re.compile(r"(?:在|入选|获评|成为|列入|跻身)$")  # the verb before 全国 a first or a model is among
# a national platform or hotline complaints came through or cases are watched on (`全国生态环境举报平台2件`, `纳入“全国城市
# 黑臭水体整治监管平台”的…`): a channel, not the place counted (not a national market's, `全国碳市场交易平台累计成交额…`)
_COUNTRY_CHANNEL = re.compile(r"[\u4e00-\u9fff]{0,10}?(?:举报|投诉|信访|监管)[\u4e00-\u9fff]{0,4}?(?:平台|热线)")
# what opens the parts of a total after it (`其中`, `142个监测断面中,文昌市…`): a place named there is one part's
_PARTS_FOLLOW = re.compile(r"其中|中[,，:：]")
# the main venue of a meeting joined by video (`在长春主会场`): where a higher meeting is held
_MAIN_VENUE = re.compile(r"主会场|主会议室")
_BRANCH_VENUE = re.compile(r"分会场")  # a video meeting's branch venue: the place joining it
# a place a figure's scope takes in beside the main one (`城市(含武鸣区)`, `(不含开发区)`)
_INCLUDED = re.compile(r"[(（](?:不?含|包括|包含)$")
# the rest of a list of rivers or lakes after one of them (`、红河等`, `等三大水系`, `、洱海两大湖泊`)
_WATERS_LISTED = re.compile(r"(?:[、和及与][\u4e00-\u9fff]{1,6}?)*(?:等|[两二三四五六七八九十\d]+[大条个]?(?:水系|流域|河流|湖泊))")
# a place's average a figure is compared with (`高于全国均值5.6个百分点`, `比全省平均水平低3天`)
_COMPARED_WITH = re.compile(r"(?:低于|高于|优于|好于|差于|超过|超出|比|较)$")
_AVERAGE_OF = re.compile(r"的?(?:平均水平|平均值|均值|平均)")
# winning or being named an honour of some level (`创建市级…小区`, `被评为省级…示范区`)
_HONOUR_VERB = r"(?:创建|评为|获评|命名为?|认定为?|入选|创成)"
_HONOUR_WON = re.compile(_HONOUR_VERB + r"[^,，。;；]{0,2}$")
# the level or the name of an honour, or of one of those listed after its verb (`36个村获评“全国生态文化村”`, `入选京津冀燃料电池
# 汽车示范城市群、河北省燃料电池汽车示范城市群…,55辆…`): no place of the figures after them
_IN_AN_HONOUR = re.compile(_HONOUR_VERB + r"[^,，。;；]{0,30}$")
# a place's average with its value in brackets after it (`全国均值(30微克/立方米)`)
_AVERAGE_VALUE = re.compile(_AVERAGE_OF.pattern + r"\s*[(（]\s*")
# the words between a province and its capital named after it
_CAPITAL_OF = ("省会", "首府", "省会城市")
# what a sentence about water speaks of (a river, a lake, their sections, their quality)
_OF_WATER = re.compile(r"水|断面|[湖河江溪渠库]|流域|岸|沿线|湿地")
# the body of a lake or river itself (`湖体`, `全湖`, `淀区`): what a figure after it is of
_WATERS_OWN = re.compile(r"湖体|湖区|全湖|湖心|淀区|库区|干流|河段|水体")
_WATERS_OWN_SCOPE = r"湖区|湖体|全湖|库区|河段|干流"  # (of them, those a count of the scope never opens with)
# where someone goes, before the place (`带队赴杭州市西湖区考察`, `前往…`)
_GONE_TO = re.compile(r"(?:赴|到|前往|来到|去)[^,，。;；]{0,6}$")
# an aim the clauses after it serve (`以保护和改善鄱阳湖水质为重点目标`, `以长江大保护为主线`)
_AIM = re.compile(r"以(?![上下内来及后前外往])[^。;；]{1,50}?(?<![作成列认称视])为(?:重点|首要|主要|核心|根本)?(?:目标|重点|核心|主线|抓手|导向|引领)")
_COUNTS_ITS_SCOPE = re.compile(r"\s*(?:其中[,，]?)?(?!" + _WATERS_OWN_SCOPE + r")(?:[\u4e00-\u9fff]{0,3}?|[\u4e00-\u9fff]{1,8}的)\d+(?:\.\d+)?[个条座处家]")
# a clause about a class of the places (`县级及以上城市集中式饮用水水源…`, `城镇污水处理率…`, `农村生活污水…`):
# of the jurisdiction, not of a river or lake an earlier clause named
_CLASS_OF_PLACES = re.compile(r"\s*(?:全[省市县区])?(?:[省市县地][级]?及以上|[省市县地]级|设区市|全部|所有)?"
                              r"(?:城市|城镇|县城|乡镇|农村|城乡)(?!段)")  # (a river's `城市段` is the river's)
# `全市第一`, `全省最优`, `全省最多`, `全国前十`: a ranking, not a place
_RANKING = re.compile(r"第|排名|前列|首位|之首|首个|首家|首批|唯一|领先|最[优好佳多少高低大小]|前[一二三四五六七八九十\d]+(?:名|位|强|(?![\d一二三四五六七八九十季个月年天周日]))")
# what follows the field of a ranking (`全省第一`, `全国排名前列`, `稳居全国前列`, `在全省走在前列`): the field is no place
_RANKED_IN = re.compile(r"(?:列|居于?|排|位列|位居|排名|排在|走在|保持在?)?(?:" + _RANKING.pattern + ")")
# (`全省前三季度`, `全市前5个月`: a period)
# a count right after a place (`济南市19件`): the place is an item of a breakdown
_COUNTED_AFTER = re.compile(r"\s*[\d.]+\s*(?![年月日时])[\u4e00-\u9fff]{1,2}[、,，;；]")  # (not a time: `成都市2019年,`)
# a ranking among what a field holds, after `在` (`在全省城市综合指数排名中位列第1名`): the field is no place
# (not what is assessed in it: `在全省87个国家考核断面中,…` counts the province's sections)
_RANKING_FIELD = re.compile(r"[^,，。;；]{0,16}?(?:排名|排位|排序|考核|评比|评价)(?:中|里)")
# or the rank itself after the field's members (`在全省17市排第9名`, `在全省除青岛…之外的13个内陆城市中最低`)
_RANK_IN_FIELD = re.compile(r"[^,，。;；]{0,30}?(?:排|位列|位居|居|列|排名|排在)?(?:第[一二三四五六七八九十\d]+(?:名|位)"
                            r"|最[优好佳多少高低大小]|前[一二三四五六七八九十\d]+名|名列前茅|前列)")
_DEICTIC = ("city", "district", "county", "province", "seat")  # what place_cues.csv's cues point to
# a place named in brackets right after a figure, as the one it is of (`1.88(龙门县)`, `96.2%(惠阳区)`)
_PLACE_IN_BRACKETS = re.compile(r"\s*[(（]\s*([\u4e00-\u9fff]{2,10})\s*[)）]")
_LOW_END_BEFORE = re.compile(r"[(（]\s*[\u4e00-\u9fff]{2,10}\s*[)）]\s*[~～—-]\s*$")
_PROVINCE_LIKE_DISTRICT = "自治区"  # `全区`/`我区` on an autonomous region's page is the region
# the region named as a body that acts or owns (`自治区召开…`, `自治区生态环境厅`)
_REGION_AS_A_BODY = re.compile(r"自治区(?:党委|人民政府|政府|生态环境厅|环境保护厅|环保厅|召开|举行|举办|印发|发布|部署|组织)")
# the words a local body's name opens with (`市委`, `州生态环境局`, `自治区人民政府`)
UNIT_WORDS = ("自治区", "省", "市", "县", "区", "州", "盟", "旗")
# a unit word above the district level, and the level of the place it stands for (local_org; `市` is
# the city city_of finds: a prefecture-level city, a municipality or a county-level city, and on an
# autonomous prefecture's page `市…` is left as written)
_UNIT_LEVELS = {"自治区": ("province",), "省": ("province",), "市": ("city", "province"), "州": ("city",), "盟": ("city",)}


_BODY_CUE = re.compile(r"(委|政府|局|厅)$")
# the level that sets a goal (`达到市级下达目标要求`, `完成省定目标`): who asks, not the place a figure is about
# (a few words may stand between: `完成省政府下达的2017年主要污染物减排任务`)
_GOAL_NOUN = r"(?:的[^,，。;；的]{0,12}?|的?(?:控制|考核|约束性)?)(?:目标|任务|指标)"
_SETS_GOAL = re.compile(r"(?:级(?:下达|确定|制定)?|下达|确定|制定|定)" + _GOAL_NOUN)
_HANDED_DOWN = re.compile(r"下达" + _GOAL_NOUN)  # a named body's goal handed down
_HANDED_TO = re.compile(r"[向为给对]$")
# or the level that assesses or monitors the points after it (`四个地表水市级考核断面优良水体比例达到75%` on a district's
# page): a level's cue (`市级`), not the whole of a place (`全市考核断面`)
_ASSESSED = re.compile(r"(?:考核|监控|监测|控制|评价)(?:断面|点位|站点|监测点)")
# a place named as the one whose scheme assesses what follows (`纳入湖北省水污染防治行动计划工作方案考核的9个地表水断面` on
# 宜昌's page): who assesses, not where the points are
_ASSESSES = re.compile(r"[^,，。;；]{0,24}?(?:考核|考评)的")
_ATTRIBUTIVE = re.compile(r"[^,，。;；]{1,6}的")  # `省政府督办的示范项目`: a body in a phrase qualifying a noun
# the group a place is ranked or compared in (`吕梁市在汾渭平原11市中,`): not where its figures are
_RANKED_AMONG = re.compile(r"在[^,，。;；在]{1,16}?(?:中|之中|当中)[,，]")
# what a sentence may open with before its subject: a source (`据通报,`, `根据上海市…要求,`) and a period (`2022年1月至12月,`)
_LEAD_IN = re.compile(r"(?:据[^,，。]{1,8}[,，]|从[^,，。]{1,12}看[,，]|截至[^,，。]{1,12}[,，]|[^,，。]{1,12}以来[,，]|(?:根据|按照|依据)[^,，。]{1,30}?(?:要求|部署|规定|精神|安排)[,，]|\d{4}年(?:\d{1,2}月(?:[至到—–\-~]\d{1,2}月)?|\d{1,2}[至到—–\-~]\d{1,2}月|(?:至|到|—|-)\d{1,2}月)?份?(?:\d{1,2}日)?(?:以来)?[,，]|"
                      r"(?:今年|去年|上半年|下半年|今年以来|过去一年|[一二三四]季度)[,，]|在?[^,，。]{2,14}方面[,，]|"
                      r"(?:会议|会上|报告|[^,，。:：]{2,16}?)?(?:指出|强调|认为|提出|介绍|表示|显示|表明|称)[,，:：])*")
# (`会议指出,2022年,荔湾区…`, `刘贤姝介绍,2023年,通州区…`: who speaks is no topic, unless a place speaks)
_SPEAKS = re.compile(r"(?:提出|指出|强调|认为|介绍|表示)[,，:：]")
# what the data of a place show (`新疆城市环境空气质量监测结果显示:2018年,…`): the place is the topic
_DATA_OF = re.compile(r"[^,，。:：]{0,16}?(?:显示|表明)[,，:：]")
# a place named as the model to learn from (`学习借鉴浙江省安吉县经验`): not the page's own
_EXEMPLAR_BEFORE = re.compile(r"(?:学习|借鉴|对标|考察|参观|赴)[^,，。;；]{0,10}$")
_EXEMPLAR_AFTER = re.compile(r"[^,，。;；]{0,6}?(?:经验|做法|模式|典型)")
# what follows an article on its page: links to other pages
_PAGE_END = ("上一篇", "下一篇") + RELATED
# a page's stamp on a line: a date after its label, or a full date (`绵阳在线 发布时间:2021-06-12`)
_OUTLET_NAME = re.compile(r"(?:在线|网|报|台|新闻|融媒|客户端|频道|发布)$")  # (`绵阳在线`, `XX日报`, `XX发布`)
_STAMPED = re.compile(r"(?:发布时间|发布日期|更新时间|时间|日期)\s*[:：]\s*\d{4}\s*[-/.年]|\d{4}-\d{1,2}-\d{1,2}")
# the words of a note naming whose a figure is (`(永兴县城区段)`, `(含株洲、湘潭段)`, `(邢台市,下同)`)
_NOTE_WORDS = re.compile(r"[、,，和及与\s]|下同|含|等|城区|境内|市区|县城|辖区|主城区|段|部分")
_NOTE_END = re.compile(r"[()（）\n]")  # the first bracket or line end after a mention: a note's close, if `)`
# a verb before a river or basin opening a sentence makes it the object, not the topic of what follows
_ACTS_ON = re.compile(r"加强|推进|推动|加快|深化|实施|开展|打好|落实|保护|治理|建设|支持|服务|融入|对接")
_OWN_STATE = re.compile(r"[^,，;；。]{0,12}?(?:监测|评价|状况)")  # a water body's own state, measured, right after its name
# a higher body's act on a place (`中央巡视组反馈武汉市…问题,按要求黄陂区需…`): the place is its object, and a part of
# it named after, the one that answers for it
_DONE_TO = re.compile(r"(?:反馈|交办|转办|约谈|通报|点名)了?$")
# a project's or campaign's slogan in quotes (`“一泓清水入黄河”工程`, `“蓝天保卫战”行动`)
_SLOGAN = re.compile(r"“[^“”]{2,24}”(?=工程|行动|项目|活动|计划|专项|品牌|模式|机制|战略)")
# a dateline of a site's own news with no date (`本站讯 `, `本网讯`)
_LEAD_DATELINE = re.compile(r"^\s*[\u4e00-\u9fff]{1,8}?讯\s*")
# the rest of a coined name in quotes that a short name opens (`“清河行动”`, `“蓝天工程”`): a campaign, not 清河(县)
_COINED_AFTER = re.compile(r"[\u4e00-\u9fff]{0,6}?(?:行动|工程|活动|战役|攻坚战|专项|计划)[”\"]")


# the rest of a document's name after a place in it, naming a code, a rule or a letter, in a list of documents
# (`…公民环保行为准则》、《…》等宣传彩页`: handed out; not `《苏州市生态环境保护条例》实施一年来,…`, whose place it is)
_RULES_NAMED = re.compile(r"[^《》]{0,30}?(?:准则|条例|办法|规定|细则|公开信|倡议书|读本|指南|须知)》(?=[、和及]|等)")
# between two places of a list (`青海、宁夏`, `甲市和乙市`)
_LIST_JOINER = re.compile(r"\s*(?:、|和|及|以及)\s*")  # (not 与, partners: `苏州市与嘉兴市、湖州市签订…`)


def _partners(text: str, found: list[tuple[int, int, str]]) -> set[str]:
    """The places of found (mentions of text, in order) named as partners (`与苏州、无锡等地深化…合作`): after a
    partner's cue, or listed right after one that is."""
    out, listed = set(), False
    prev_end = None
    for a, b, n in found:
        listed = bool(_PARTNER_BEFORE.search(text, max(0, a - 6), a)) or (
            listed and prev_end is not None and re.fullmatch(r"[、和及与]", text[prev_end:a]) is not None)
        if listed:
            out.add(n)
        prev_end = b
    return out


class PlaceResolver:
    def __init__(self, text: str, structure: Structure, dicts: Dictionaries, title: str | None = None,
                 publisher: str | None = None):
        self.text = text
        self.structure = structure
        self.dicts = dicts
        self.title = title
        self.publisher = publisher
        self._deictic = re.compile("|".join(
            re.escape(c) + ("(?!" + _RANKED_IN.pattern + ")" if c.startswith("全") else "")
            for c in sorted((c for c, m in dicts.place_cues.items() if m in _DEICTIC), key=len, reverse=True)))
        # (a ministry, not the departments of a field: `生态环境部门开展高温慰问活动`, `水利部门`)
        self._national = re.compile("|".join(
            re.escape(c) + ("(?!门)" if c.endswith("部") else "")
            for c, m in dicts.place_cues.items() if m == "national_body") or "(?!)")
        self._heading_names: dict[str, list[tuple[int, int, str]]] = {}  # a heading's places, by its text
        self._own_names: dict[str, bool] = {}  # _named_as_own, a name at a time
        self._topics: dict[int, str | None] = {}  # topic_region's answers, by sentence start
        self._figure_places: dict[tuple[int, int], list[tuple[int, int, str]]] = {}  # see _places_of
        self._datelines: dict[int, int] = {}  # where the dateline a sentence opens with ends, by sentence start
        self.zones: dict[str, str] = {}  # development zones the page names (`岳阳经济技术开发区`) -> the place they are of

    # ---- the gazetteer ----------------------------------------------------------------------------

    def level(self, name: str | None) -> str | None:
        if name in self.zones:
            return "county"  # (a zone is a county-level area: GB/T 2260's statistical codes file zones at that level)
        r = self.dicts.regions.get(name) if name else None
        return r.level if r else None

    def ancestors(self, name: str | None) -> list[str]:
        """The region and the regions above it, most specific first."""
        out = []
        if name in self.zones:
            out.append(name)
            name = self.zones[name]
        while name and name in self.dicts.regions and name not in out:
            out.append(name)
            name = self.dicts.regions[name].parent
        return out

    def up_to(self, name: str | None, levels: tuple[str, ...]) -> str | None:
        """The region itself or its nearest ancestor at one of these levels."""
        for a in self.ancestors(name):
            if self.level(a) in levels:
                return a
        return None

    def resolve_name(self, mention: str, context: tuple[str, ...] = ()) -> str:
        """The region a name in the text means: a name several regions share is the one under the
        places the reader already knows (the chain it stands in, the page's jurisdiction)."""
        candidates = self.dicts.region_candidates.get(mention)
        if not candidates:
            return self.dicts.region_aliases[mention]
        for place in context:
            if not place:
                continue
            above = set(self.ancestors(place))
            for c in candidates:
                if above & set(self.ancestors(c)[1:]) - {"全国"} or c == place:
                    return c
        return candidates[0]

    def _undecided(self, mention: str, context: tuple[str, ...]) -> bool:
        """A short name several regions share (`青山`: 包头市青山区, 武汉市青山区) that no place the reader knows
        chooses between: which one it is, the name alone does not tell."""
        candidates = self.dicts.region_candidates.get(mention, ())
        if len(candidates) < 2 or mention in candidates:
            return False
        above = {a for place in context if place for a in self.ancestors(place)} - {"全国"}
        return not any(c in above or above & set(self.ancestors(c)[1:]) for c in candidates)

    def _a_province_too(self, mention: str) -> bool:
        """A short name a province shares with a city of it (`吉林`): which one the text means, the name alone does not
        tell (`美丽吉林`, `长春、吉林、四平三市`)."""
        return any(self.level(c) == "province" for c in self.dicts.region_candidates.get(mention, ())) \
            and len(self.dicts.region_candidates.get(mention, ())) > 1

    def names_in(self, s: str, context: tuple[str, ...] = ()) -> list[tuple[int, int, str]]:
        """(start, end, region) for the gazetteer names in a string; a chain (`云南省昆明市宜良县`)
        is one mention of its most specific part."""
        out: list[tuple[int, int, str]] = []
        home = self.up_to(context[-1], ("province",)) if context else None
        slogans = [(q.start(), q.end()) for q in _SLOGAN.finditer(s)] if "“" in s else []
        for m in (self._text_matches if s is self.text else self.dicts.region_pattern.finditer(s)):
            if out and m.start() < out[-1][1]:
                continue  # a name among a zone's own words
            if any(a < m.start() and m.end() < b for a, b in slogans):
                continue  # `“一泓清水入黄河”工程`: a name in the slogan of a project, not where it is
            if m.start() > 0 and m.group(0)[0] in "镇乡" and _CJK_CHAR.match(s, m.start() - 1) \
                    and s[m.start() - 1] not in _BEFORE_A_PLACE and _VILLAGE_AFTER.match(s, m.end()) \
                    and m.group(0) not in self.dicts.regions:
                continue  # `沙田镇江湾村`: the town's own 镇 then its village, not 镇江(市) (`来到镇江华山村` is 镇江's)
            short = m.group(0) not in self.dicts.regions
            water = self.level(m.group(0)) == "water_body"
            if (short or len(m.group(0)) <= 2 or water) and not _whole_word(s, m.start(), m.end(), self.dicts) \
                    and not (water and _BASIN_AFTER.match(s, m.end())) \
                    and not (not water and _whole_word(s, m.start(), m.start(), self.dicts)
                             and self._zone_named(s, m.start(), m.end())):
                continue  # a name inside other words: `以上城市` is not 上城(区), `入海河流` not 海河 (`珠江流域` is 珠江)
            if not short and not water and m.start() > 0 and _CJK_CHAR.match(s, m.start() - 1) \
                    and not _whole_word(s, m.start(), m.start(), self.dicts):
                continue  # a full name whose first character ends another word: `沿海城市` is not 海城市
            if water and _TRIBUTARIES_AFTER.match(s, m.end()):
                continue  # `长江支流总体水质为优,114条河流196个监测断面中…`: other rivers, the river's tributaries, not it
            if short and s.startswith("库区", m.end()) and self.level(
                    self.dicts.region_aliases.get(m.group(0) + "水库")) == "water_body":
                continue  # `丹江口库区`: the reservoir's (丹江口水库) area, not 丹江口(市); `万州库区` is 万州区's stretch
            if short and _FEATURE_AFTER.match(s, m.end()):
                continue  # `黄石水库`, `北京路`: a short name in the name of a reservoir or a road, not 黄石(市)
            basin = water or (self.level(m.group(0)) == "multi_region" and m.group(0).endswith(("流域", "经济带")))
            if basin and _NAMED_AFTER_WATER.match(s, m.end()):
                continue  # `汾河流域管理局`, `渭河大街`, `东江路`, `汾河生态修复工程`: a body, a road, a work named after it
                # (a river's basin too: `长江经济带生态环境警示片`, `黄河流域水质保障和消劣行动`)
            if (short or water) and (self._in_a_persons_name(s, m.start(), m.end())
                          or (m.group(0)[0] in self.dicts.surnames and m.group(0) in self._names_of_people)):
                continue  # `市长尚朝阳主持…`, `尚朝阳指出`: a given name, not 朝阳(市); `市委书记方正`: a name, not 方正(县)
            if short and (self._one_of_a_kind(s, m.start(), m.end())
                          or (s[m.start() - 1:m.start()] in "“\"" and m.start() > 0 and m.end() < len(s)
                              and (s[m.end():m.end() + 1] in "”\"" or (_COINED_AFTER.match(s, m.end()) and self.level(
                                  self.dicts.region_aliases[m.group(0)]) == "county")))):
                continue  # `臭河、黑河、垃圾河`: a kind of river, not 黑河(市); `“三河”清淤`, `“清河行动”`: a coined name, not
                # 三河(市), 清河(县) (a city's short name opening one is the city's campaign: `“成都蓝天行动”`)
            if short and self._listed_with_rivers(s, m.start(), m.end()):
                continue  # `澜沧江、长江、红河等三大水系`: a river, not 红河(州)
            if short and _THINGS_LISTED.match(s, m.end()) and s[m.start() - 1:m.start()] == "、":
                continue  # `城北、华骐、滨江、西利…等7座污水处理厂`: the name of a plant, a firm, one of the things counted
            if short and home and home != "全国" and self.level(self.dicts.region_aliases[m.group(0)]) == "county" \
                    and not any(home in self.ancestors(c) for c in
                                self.dicts.region_candidates.get(m.group(0), (self.dicts.region_aliases[m.group(0)],))):
                continue  # a county's short name means a county of the page's own province (`三水统筹`)
            if out and (out[-1][1] == m.start() or s[out[-1][1]:m.start()] in _CAPITAL_OF) and out[-1][2] not in self.zones \
                    and not (self.level(m.group(0)) == "multi_region"
                             and out[-1][2] not in self.ancestors(self.dicts.region_aliases.get(m.group(0), m.group(0)))):
                # (`青海省西宁市`; `青海省会西宁市`, `新疆首府乌鲁木齐`: the capital, named with its province; `大理洱海`: the
                # place's lake; `陕西关中地区`: the province's part; not a region of several places that holds the place
                # before it, `昭化区长江经济带生态环境问题整改`: the topic's)
                name = self.resolve_name(m.group(0), (out[-1][2],) + context)
                out[-1] = (out[-1][0], m.end(), name)
            else:
                out.append((m.start(), m.end(), self.resolve_name(m.group(0), context)))
            zone = self._zone_after(s, m.start(), m.end(), out[-1][2])
            if zone:
                out[-1] = (out[-1][0], m.start() + len(zone), zone)
        return out

    def _zone_after(self, s: str, start: int, end: int, place: str) -> str | None:
        """A development zone the page names after a city or a county (`岳阳经济技术开发区`, `孝感市高新区`, `黄陂盘龙城
        经济开发区`, `苏州工业园区`; zone_kinds.csv): its name as written from the place's name on (a province before it
        is the chain's, `江苏常州经济开发区`: 常州经济开发区), registered in self.zones as a zone of that place. Not a
        place's zones in general (`南京市工业园区`, `常州市各开发区`, `…省级以上开发区`) nor one a verb names
        (`常州市加快开发区建设`)."""
        if not (self.level(place) in ("city", "county") or self._a_municipality(place)) or place in self.zones:
            return None  # (a province's are named after a city: `江苏常州经济开发区`; a municipality's after it, `天津经济技术开发区`)
        name = self._zone_named(s, start, end)
        if name:
            self.zones.setdefault(name, place)
        return name

    def _city_above(self, name: str | None) -> str | None:
        """The city a county or district is of; a municipality's districts are the municipality's (`丰台区`: 北京市)."""
        return self.up_to(name, ("city",)) or next((a for a in self.ancestors(name)[1:] if self._a_municipality(a)), None)

    @cached_property
    def _zone_kinds(self) -> tuple[re.Pattern | None, frozenset[str]]:
        """The zone pattern of zone_kinds.csv, and the characters its kinds end with."""
        kinds = tuple(self.dicts.zone_kinds)
        return (_zone_pattern(kinds) if kinds else None), frozenset(k[-1] for k in kinds)

    def _a_municipality(self, name: str | None) -> bool:
        return self.level(name) == "province" and bool(name) and name.endswith("市")

    def _zone_named(self, s: str, start: int, end: int) -> str | None:
        """The name of the zone s names after the place at start:end, if it names one (see _zone_after). A word of the
        segmenter that starts with the place's short name and holds more (`苏州工业园区`) does not make it no place."""
        pattern, last_chars = self._zone_kinds
        if pattern is None or not any(c in last_chars for c in s[end + 1:end + _ZONE_REACH]):
            return None  # (asked at every place named: no kind's last character near, no zone)
        z = pattern.match(s, end)
        if not z or self.dicts.region_pattern.match(s, end):
            return None  # (a chain goes on: the zone is of its last place, `长沙望城经济技术开发区` of 望城区)
        proper = z.group("proper")
        unit = z.group("unit") or s[end - 1:end] in ("市", "县", "区")
        if any(w in proper for w in _NOT_A_ZONES_NAME) or _NOT_A_ZONES_START.match(proper) \
                or any(v in proper for v in self.dicts.task_verbs) \
                or (unit and not proper and not self.dicts.zone_kinds[z.group("kind")]) or len(proper) == 1:
            return None  # (one character more is another place's name: `桂林洋开发区` is in 海口, not 桂林)
        name = s[start:z.end()]
        return None if name in self.dicts.regions else name  # (one the gazetteer holds is its own)

    @cached_property
    def _text_matches(self) -> list[re.Match]:
        """The gazetteer's names in the whole text, scanned once: the text's mentions and each name asked whether the page
        names it as its own read the same matches (names_in, with different contexts)."""
        return list(self.dicts.region_pattern.finditer(self.text))

    def _one_of_a_kind(self, s: str, start: int, end: int) -> bool:
        """A short name listed with `、` beside words that end as it does and are no places
        (`臭河、黑河、垃圾河`): a common noun, one kind among others."""
        last = s[end - 1]
        before = re.search(r"([\u4e00-\u9fff]{1,4})、$", s[max(0, start - 6):start])
        # (the shortest word of one to four characters ending as the name does, after `、`; a pattern built per name's last
        # character was compiled anew for most calls)
        words = _CJK_RUN.match(s, end + 1, end + 6) if s[end:end + 1] == "、" else None
        k = words.group(0).find(last, 1) if words else -1
        after = words.group(0)[:k + 1] if 0 < k <= 4 else None
        # (a neighbour is a place if any word ending it is: `其中池州、滁州、芜湖` lists cities)
        return any(w and w.endswith(last) and not any(w[k:] in self.dicts.region_aliases for k in range(len(w) - 1))
                   for w in (before.group(1) if before else None, after))

    def _listed_with_rivers(self, s: str, start: int, end: int) -> bool:
        """A short name listed with `、` beside a river or lake of the gazetteer names a river too."""
        before = re.search(r"([\u4e00-\u9fff]{2,5})、$", s[max(0, start - 6):start])
        after = re.match(r"、([\u4e00-\u9fff]{2,5})", s[end:end + 6])
        water_before = before is not None and any(self.level(before.group(1)[i:]) == "water_body"
                                                  for i in range(len(before.group(1)) - 1))
        water_after = after is not None and any(self.level(after.group(1)[:j]) == "water_body"
                                                for j in range(2, len(after.group(1)) + 1))
        return water_before or water_after

    def _in_a_persons_name(self, s: str, start: int, end: int) -> bool:
        """A short place name right after a surname, the two after a title or before a verb of
        speaking or acting, is a person's given name."""
        if start < 1 or s[start - 1] not in self.dicts.surnames or s[start - 1] in _FUNCTION_CHARACTERS \
                or end - start > 2 or re.match(r"[市县区州旗]", s[end:end + 1]):
            return False  # `来朝阳调研`, `由海淀主持`, `同朝阳区`: a preposition or a unit, not a surname
        return bool(_ACTS_AFTER_NAME.match(s, end)) or s[:start - 1].endswith(self._titles) \
            or bool(self._credit_before.search(s, max(0, start - 12), start - 1))  # `作者:史瑞丽`: a reporter, not 瑞丽(市)

    @cached_property
    def _credit_before(self) -> re.Pattern:
        """A byline's role right before a name (`作者:`, `记者 `; byline_roles.csv)."""
        cues = "|".join(map(re.escape, sorted(self.dicts.byline_roles, key=len, reverse=True)))
        return re.compile(rf"(?:{cues})[\s:：]*$")

    @cached_property
    def _names_of_people(self) -> frozenset[str]:
        """Short place names the page writes as a person's whole name, after a title (`市委书记方正出席会议`)
        or a byline's role (`本报记者 甘南摄`; not a place the title names too, `安宁加强…` over `(通讯员 安宁)`): that
        name is no place anywhere on the page (`方正在全市…会议上强调` is not 方正县)."""
        out = set()
        for m in self.dicts.region_pattern.finditer(self.text):
            w = m.group(0)
            if w not in self.dicts.regions and len(w) <= 3 and w[0] in self.dicts.surnames \
                    and not re.match(r"[市县区州旗]", self.text[m.end():m.end() + 1]) \
                    and (self.text.endswith(self._titles, 0, m.start())
                         or (self._credited(m.start(), m.end()) and w not in (self.title or ""))):
                out.add(w)
        return frozenset(out)

    def _credited(self, start: int, end: int) -> bool:
        """The words at start:end are a name a byline credits: after its role, before `摄`, `报道`, a
        bracket or the line's end (`记者 甘南摄`, `(记者 甘南)`; not `记者从甘南州获悉`)."""
        return bool(self._credit_before.search(self.text, max(0, start - 12), start)) \
            and bool(re.match(r"\s*(?:摄|报道|[)）]|$)", self.text[end:end + 3], re.M))

    @cached_property
    def _titles(self) -> tuple[str, ...]:
        return tuple(self.dicts.titles)

    def first_name(self, s: str) -> str | None:
        """The first place s names; a name several regions share is the one under the page's jurisdiction, once that is
        settled (`闵行区、普陀区、徐汇区、宝山区…分别以…` on a Shanghai page: 上海市宝山区, not 双鸭山市's)."""
        settled = self.__dict__.get("jurisdiction")  # (not asked while it is being found)
        found = self.names_in(s, (settled,) if settled else ())
        return found[0][2] if found else None

    # ---- the page's jurisdiction ----------------------------------------------------------------------

    @cached_property
    def _provisional(self) -> str | None:
        """The jurisdiction before shared names are settled (they are settled by it)."""
        return self._find_jurisdiction(())

    @cached_property
    def jurisdiction(self) -> str | None:
        return self._find_jurisdiction((self._provisional,) if self._provisional else ())

    def _find_jurisdiction(self, context: tuple[str, ...]) -> str | None:
        if self.publisher and self._national.search(self.publisher) and not self.names_in(self.publisher) \
                and not self._speaks_as_local and not self._opens_with_a_place:
            return "全国"  # (a ministry's site carrying a city's own report, `我市…`, or a province's plan titled with its
            # name, `内蒙古自治区贯彻落实…整改方案`, is that place's page: read on)
        own = self._own_circumstances(context) or self._short_form_in_headline(context)
        if own:
            return own
        river = None
        venues: list[str] = []
        for s in self._reader_cues():
            s = _CREDITING_PAPER.sub("", DATELINE.sub("", s))  # (where the item was filed from: _filed_from)
            cited = [b.span() for b in _CITED_DOCUMENTS.finditer(s)]
            # (a short name several regions share places no page by itself: `青山入廓、三湖簇拥,…让常熟这座千年古城…`)
            found = [f for f in self.names_in(s, context) if not any(a <= f[0] < b for a, b in cited)
                     and not self._undecided(s[f[0]:f[1]], context) and not _listed_outlet(s, f[0], f[1])
                     and not _FIRST_OF_A_GROUP.match(s, f[1])]
            if self._cues_meaning in _LOCAL_LEVELS:
                # the main venue of a meeting the page's place joins by video (`市委书记王某在长春主会场参加会议`,
                # then `…在辽源分会场参加`): where the higher meeting is held, not the page's place (its province is,
                # when nothing else names one: `全省…大会` held in the capital)
                venues += [f[2] for f in found if _MAIN_VENUE.match(s, f[1])]
                found = [f for f in found if not _MAIN_VENUE.match(s, f[1])]
            # the place of a speech cited (`贯彻落实总书记考察云南重要讲话`) or 全国 of a meeting's spirit followed
            # (`贯彻落实全国…大会精神`) only when the opening names no other place as its own (a model to learn
            # from, `学习借鉴浙江安吉经验`, is not)
            speeches = [b.span() for b in _CITED_SPEECH.finditer(s)]
            partners = _partners(s, found) if river else set()  # (`我市与下游白银市签订黄河流域…协议`, under a river's title)
            own = [f for f in found if not any(a <= f[0] < b for a, b in speeches)
                   and not (f[2] == "全国" and _DEFERS_TO.search(s, max(0, f[0] - 12), f[0]))
                   and not _EXEMPLAR_BEFORE.search(s, max(0, f[0] - 12), f[0]) and not _EXEMPLAR_AFTER.match(s, f[1])
                   and f[2] not in partners]
            if found and all(any(a <= f[0] < b for a, b in speeches) for f in found) and self.publisher \
                    and self.names_in(self.publisher):
                break  # (only the place of a speech cited, on a page a local body publishes: `来源:长沙市生态环境局天心
                # 分局` over `…贯彻落实总书记在湖南考察调研时的重要讲话精神`; the publisher tells the place)
            found = own or found
            # the province an inspection moved into (`对中央…督察组进驻陕西省期间交办的…问题,周至县按照…`) is the field of the
            # inspection, not the page's place, when a place within it is named after it
            found = [f for f in found if not (s.endswith("进驻", 0, f[0]) and any(
                f[2] in self.ancestors(g[2])[1:] for g in found if g[0] > f[0]))] or found
            if found and _OUTLET_AFTER.match(s, found[0][1]):
                # a paper's name opening the cue (`陕西科技报近年来,延安…`): its place is the paper's, a place within it the
                # cue names is what it is about (a place outside it is not: `四川日报…我省…在浙江杭州举办`)
                found = [f for f in found[1:] if found[0][2] in self.ancestors(f[2])[1:]] or found
            if self._cues_meaning in _LOCAL_LEVELS:
                # `6月5日是世界环境日,也是我国新环保法规定的环境日。…我县召开…`: the country named in passing on a page
                # that speaks as a county, a city or a province is not its place
                found = [f for f in found if f[2] != "全国"]
                # nor a river or a region of several places whose part in the page's place the opening names
                # (`黄河干流、汉丹江流域(陕西段)`, on a page speaking as `我省`): the place is
                land = [f for f in found if self.level(f[2]) not in ("water_body", "multi_region")]
                if found and not land:  # a river alone (`黄河流域…暨全市生态环境系统…会议`): the place is in the next
                    river = river or found[0][2]  # cue, the publisher or the prose; the river only if none names one
                    continue
                found = land or found
            # a national body the page cites as an authority (`贯彻落实党中央、国务院…决策部署`) is not its subject
            national = next((n for n in self._national.finditer(s)
                             if not _DEFERS_TO.search(s, max(0, n.start() - 12), n.start())), None)
            if national and (not found or national.start() <= found[0][0]):
                return "全国"  # `生态环境部召开…`: a ministry speaks for the whole country
            if found:
                first = self._branch_of(s, found) or self._ranked_within(s, found) \
                    or self._part_named_throughout(s, found, context) or self._listed_together(s, found) or found[0][2]
                return self._below_at_the_cues_level(self._above_at_the_cues_level(first), context)
        if self.publisher:
            named = self.names_in(self.publisher)
            found = (self._branch_of(self.publisher, named) or (named[0][2] if named else None)) \
                or self._named_outlet(self.publisher) \
                or self._papers_place(self.publisher)
            if found:
                return found
        filed = self._filed_from(context)
        # (a city the item was filed from, on a page speaking as its province: `海南日报海口12月23日讯` over `…向我省转交的…`)
        filed = self._above_at_the_cues_level(filed) if filed else None
        return self._named_at_the_cues_level(context, by_count=True) or filed or river \
            or next((p for v in venues if (p := self.up_to(v, ("province",))) and p != v), None) \
            or self._city_of_the_counties_named(context) or self._province_of_its_documents()

    def _province_of_its_documents(self) -> str | None:
        """A page that speaks as a province (`全省`, `省生态环境厅`) and names none: the province whose abbreviation opens
        the numbers of the documents it cites (`…印发了《…实施方案》(吉环领办〔2020〕3号)`: 吉林省;
        province_abbreviations.csv), when they all name one."""
        if self._cues_meaning != "province":
            return None
        found = {self.dicts.province_abbreviations.get(m.group(1)) for m in _DOCUMENT_NUMBER.finditer(self.text)}
        return found.pop() if len(found) == 1 and None not in found else None

    def _short_form_in_headline(self, context: tuple[str, ...]) -> str | None:
        """A county or a city the headline opens with by a short name too common a word to be its alias (`沿河推进水生态
        保护治理`, 沿河 `along the river`), which the first paragraph names in full (`沿河自治县统筹推进…`)."""
        if self._first_body is None:
            return None
        heads = [h.strip() for h in (*self.headlines, self.title or "") if h and h.strip()]
        first = self.structure.paragraphs[self._first_body].text
        for a, b, n in self.names_in(first, context):
            short = _LOCAL_SUFFIX.sub("", first[a:b])
            # (a short name that is an alias is the headline's own cue, read as such: `永宁等四县…`, the first of a group)
            if self.level(n) in ("county", "city") and len(short) >= 2 and short != first[a:b] \
                    and short not in self.dicts.region_aliases \
                    and any(h.startswith(short) and not h.startswith(first[a:b]) for h in heads):
                return n
        return None

    def _city_of_the_counties_named(self, context: tuple[str, ...]) -> str | None:
        """A page that names no place of its own but, in its prose, two counties or districts or more of one city and
        no city or province outside it (`正在办理8件(其中天桥区2件,章丘区2件,历城区1件…)`): that city, which holds all it
        speaks of (a district's name several cities share tells nothing; a river does not stand in the way)."""
        counties: set[str] = set()
        cities: set[str] = set()
        for p in self.structure.paragraphs:
            if p.heading_level != -1 and len(p.text) <= 40:
                continue  # (a numbered item that goes on is prose: `2.推进重污染企业关停搬迁。对…`)
            own = self._own_mentions(p.text, context)
            partners = _partners(p.text, own)  # (`我县与北京市平谷区、密云区签订…协议`: partners tell no place)
            for a, b, n in own:
                if n in partners:
                    continue
                if self.level(n) == "county" and len(self.dicts.region_candidates.get(p.text[a:b], ())) <= 1:
                    counties.add(n)
                elif self.level(n) in ("city", "province") or n == "全国":
                    cities.add(n)
        held = {self._city_above(c) for c in counties}
        if len(counties) < 2 or len(held) != 1 or None in held:
            return None
        city = held.pop()
        return city if cities <= set(self.ancestors(city)) else None  # (its province may be named too, no other place)

    def _filed_from(self, context: tuple[str, ...]) -> str | None:
        """The place the page's item was filed from (`中新网兰州6月2日电`), or the place a local paper crediting
        its reporter is named after (`河北日报记者 王某`, `沈阳晚报讯(记者…)`), when nothing else names one."""
        for s in self._reader_cues():
            filed = DATELINE.match(s)
            found = self.names_in(s[:filed.end()], context) if filed else []
            if found:
                return found[0][2]
            paper = _CREDITING_PAPER.match(s)
            found = self._papers_place(paper.group("paper"), context) if paper else None
            if found:
                return found
        return None

    def _papers_place(self, name: str, context: tuple[str, ...] = ()) -> str | None:
        """The place a paper is named after (`如东日报`, `河北日报`, `沈阳晚报`): the whole of its name before its
        kind (not 南方日报, 楚天都市报)."""
        m = _PAPER_OF_A_PLACE.fullmatch(name.strip())
        found = self.names_in(m.group("place"), context) if m else []
        return found[0][2] if len(found) == 1 and found[0][1] == len(m.group("place")) \
            and self.level(found[0][2]) != "water_body" else None  # (not 长江日报, Wuhan's paper)

    def _own_circumstances(self, context: tuple[str, ...]) -> str | None:
        """The place a plan's preamble fits itself to (`…结合平乡实际,制定本方案`): the page's own, whatever
        places the documents it follows name before it."""
        if self._first_body is None:
            return None
        m = _FITTED_TO.search(self.structure.paragraphs[self._first_body].text)
        found = self.names_in(m.group(1), context) if m else []
        return found[-1][2] if found else None

    def _branch_of(self, s: str, found: list[tuple[int, int, str]]) -> str | None:
        """`丽水市生态环境局庆元分局`, `黔东南州生态环境局天柱分局`: a city bureau's branch, named after a county of the city,
        speaks for the county (found: the names of s)."""
        return next((n for _, e, n in found[1:] if s.startswith("分局", e) and found[0][2] in self.ancestors(n)[1:]), None)

    def _ranked_within(self, s: str, found: list[tuple[int, int, str]]) -> str | None:
        """`6月江苏空气质量排名南京第四`: the place ranked, within the one named first (the ranking's field), is what the
        headline tells of."""
        if not _RANK_WORD.search(s) or _PLACES_RANKED.search(s):
            return None  # (`全国168个重点城市空气质量排名:拉萨第一`, `南京市各区…排名`: a list of places ranked)
        ranked = [n for _, e, n in found[1:] if _RANK_NUMBER.match(s, e) and found[0][2] in self.ancestors(n)[1:]]
        return ranked[0] if len(ranked) == 1 else None  # (`南京第四、苏州第五`: the list's, not one of them)

    def _listed_together(self, s: str, found: list[tuple[int, int, str]]) -> str | None:
        """`青海、宁夏、广西、广东…9个省(区)能耗强度同比不降反升`: three or more places of one level listed together first are
        none of them alone: the region right above them all (the country, for provinces)."""
        run = found[:1]
        for f in found[1:]:
            if not _LIST_JOINER.fullmatch(s, run[-1][1], f[0]):
                break
            run.append(f)
        if len(run) < 3 or len({self.level(n) for _, _, n in run}) != 1:
            return None
        parents = {(self.ancestors(n) + [None, None])[1] for _, _, n in run}
        return parents.pop() if len(parents) == 1 else None  # (the region one level up, theirs alike: not the country
        # over cities of two provinces, `嘉兴、湖州、苏州三地…`)

    def _part_named_throughout(self, cue: str, found: list[tuple[int, int, str]], context: tuple[str, ...]) -> str | None:
        """`2021年,中央巡视组反馈武汉市湖泊水质问题,按要求黄陂区需在…`: a city the opening names first, acted on by a higher
        body, then a county of it that the whole page names again and again (three times at least, twice as often as the
        city and as any other county): the county's page, its city only the frame of what it answers for."""
        city = found[0][2]
        parts = {n for _, _, n in found[1:] if self.level(n) == "county" and city in self.ancestors(n)[1:]}
        if self.level(city) != "city" or not parts or not _DONE_TO.search(cue, 0, found[0][0]):
            return None  # (only a city a higher body acts on: not a city's meeting held in one of its counties)
        often = Counter(n for _, _, n in self.names_in(self.text, context) if n == city or self.level(n) == "county")
        top = max(parts, key=lambda n: often[n])
        rivals = [often[n] for n in often if n not in (top, city)]
        return top if often[top] >= 3 and often[top] >= 2 * max([often[city], *rivals]) else None

    def _above_at_the_cues_level(self, name: str) -> str:
        """`全州…工作会议在凯里召开` (the publisher 黔东南州生态环境局): a county the opening names, on a page that speaks
        as its prefecture or city and names that as its own, is where something happens, not the page's place; a
        county-level city stays its own page's `市`. A zone named on a page that speaks as a city, a county or a province
        (`市政府…约谈马湾、多宝、天门工业园…等7单位负责人`) is one of its parts: the place above it at that level (not one
        the title opens with: `常州经开区喜报!…` is the zone's page)."""
        title = self.names_in(self.title) if self.title and name in self.zones else []
        if name in self.zones and self._cues_meaning in ("city", "county", "province") \
                and not (title and title[0][0] == 0 and title[0][2] == name):
            fits = {"city": lambda a: self.level(a) == "city" or self._county_level_city(a),
                    "county": lambda a: self.level(a) == "county", "province": lambda a: self.level(a) == "province"}
            return next((a for a in self.ancestors(name)[1:] if fits[self._cues_meaning](a)), name)
        if self._cues_meaning == "province" and self.level(name) in ("county", "city") and self._cue_words.get("我省") \
                and not any(self._cue_words.get(c) for c in ("我市", "全市", "我县", "全县", "我区", "全区")):
            # (a county named on a page speaking as its province, `全省城市空气质量…` / `…平潭和58个县级城市…` / `我省首次
            # 公布平潭综合实验区和全省58个县级城市空气质量`: the province's page)
            return self.up_to(name, ("province",)) or name
        if self._cues_meaning != "city" or self.level(name) != "county":
            return name
        city = self.up_to(name, ("city",))
        if city and not (self._county_level_city(name) and any(cue.endswith("市") for cue in self._cue_words)) \
                and (self.publisher and self.first_name(self.publisher) == city or self._named_as_own(city)):
            return city
        return name

    def _below_at_the_cues_level(self, name: str, context: tuple[str, ...]) -> str:
        """A province the opening names (`我市…贯彻落实习近平总书记对内蒙古的重要讲话`) on a page that speaks
        as a city (`我市`, `市委`): the one city of it the prose names (`《呼和浩特市…方案》`). Likewise a
        city on a page that speaks as a county."""
        meaning = self._cues_meaning
        if self.level(name) == "city" and meaning == "city":
            # a county-level city speaks as `我市` too: the one of the city joining its video meeting at a branch venue
            # (`贵港市召开全市…电视电话会议,…在桂平分会场收听收看` / `…对我市…进行了部署`) is the page's
            # (not a city's own page placing its leaders at the main venue: `市长李某在市主会场出席,…在桂平分会场参加`)
            joined = {n for a, b, n in self.names_in(self.text, (name,)) if _BRANCH_VENUE.match(self.text, b)
                      and self.level(n) == "county" and n.endswith("市") and name in self.ancestors(n)}
            if len(joined) == 1 and "主会场" not in self.text:
                return joined.pop()
        if self.level(name) == "province" and meaning in ("city", "county", "district") \
                or self.level(name) == "city" and meaning in ("county", "district"):
            local = self._named_at_the_cues_level(context)
            if local and local != name and name in self.ancestors(local) and self._named_as_own(local):
                return local
        return name

    def _named_as_own(self, name: str) -> bool:
        """The page names the place as its own: in the name of a document of its (`《呼和浩特市…方案》`), as a body
        (`温州市委`, `拉萨市生态环境局`, `巴州党委`) or as who acts (`宝应县召开…`), and never as a partner or a model
        (`我市要主动对接深圳市`, `学习借鉴…`). Asked for the provisional place and the final one: read once a name."""
        if name not in self._own_names:
            self._own_names[name] = self._names_as_own(name)
        return self._own_names[name]

    def _names_as_own(self, name: str) -> bool:
        spans = [(a, b) for a, b, n in self.names_in(self.text, (name,)) if n == name]  # (not .mentions: they ask the jurisdiction)
        own = any(in_book_title(self.text, a) or _ACTS_AFTER.match(self.text, b) or self._heads_a_body(b, b + 10, shortest=1)
                  or _BRANCH_VENUE.match(self.text, b) for a, b in spans)  # (`在团风分会场参加`: where the page's own join)
        return own and not any(_PARTNER_BEFORE.search(self.text, max(0, a - 6), a)
                               or _EXEMPLAR_BEFORE.search(self.text, max(0, a - 12), a) for a, b in spans)

    @cached_property
    def _cue_words(self) -> Counter:
        """The cues the page speaks of its place in (`全州`, `县委`, `我市`), counted in the order first used; not a
        place's own body (`泉州市委`, `福州市政府`: the cue's unit word ends the name before it)."""
        ends = {m.end() for m in self._text_matches}
        return Counter(m.group(0).rstrip() for m in self._deictic.finditer(self.text)
                       if m.start() not in ends and m.start() + 1 not in ends)

    @cached_property
    def _opens_with_a_place(self) -> bool:
        """The page's title opens with a place below the country (`内蒙古自治区贯彻落实…整改方案`); on a page with no
        title, its lead after the dateline (`本站讯 江西省水利厅持续开展…`, on a ministry's site)."""
        title = self.title or next(iter(self.headlines), "")
        if not title and self._first_body is not None:
            lead = next((x.text for x in self.sentences_of(self._first_body)), "")
            title = _LEAD_DATELINE.sub("", DATELINE.sub("", lead)).lstrip()
        found = self.names_in(title) if title else []
        return bool(found) and found[0][0] == 0 and self.level(found[0][2]) in ("province", "city", "county")

    @cached_property
    def _speaks_as_local(self) -> bool:
        """The page speaks in the first person as a province, a city or a county (`我市`, `本省`), never as a national
        body (`我部`): not `全省` alone, which a ministry's notice addresses to every province (`各省要在全省范围内…`)."""
        return not _NATIONAL_VOICE.search(self.text) and bool(self._first_person)

    @cached_property
    def _first_person(self) -> dict[str, int]:
        """The cues the page speaks of a province, a city or a county in the first person (`我市`, `本省`), counted."""
        return {cue: n for cue, n in self._cue_words.items()
                if cue[0] in "我本" and self.dicts.place_cues.get(cue) in _LOCAL_LEVELS}

    @cached_property
    def _own_voice(self) -> str:
        """The page's title, headlines and first sentence of prose: where it speaks in its own voice."""
        first = self._first_body
        lead = next((x.text for x in self.sentences_of(first)), "") if first is not None else ""
        return "\n".join([self.title or "", *self.headlines, lead])

    @cached_property
    def _cues_meaning(self) -> str | None:
        """The level the page speaks as (`全县`, `县委`, `我市`: county, city, ...), by its most frequent cue; by its
        most frequent first-person cue when its title or lead speaks so (`我市组织收听收看全省…大会`, then `全省` five
        times over what the province's meeting said: a city's page)."""
        meanings: Counter = Counter()
        # (only a page speaking so in its own title or lead: not `通化市市长郑某…介绍了我市…经验` quoted)
        first_person = self._first_person if any(cue in self._own_voice for cue in self._first_person) else {}
        for cue, n in (first_person or self._cue_words).items():
            meanings[self.dicts.place_cues.get(cue)] += n
        meanings.pop(None, None)
        meanings.pop("seat", None)
        return meanings.most_common(1)[0][0] if meanings else None

    def _named_at_the_cues_level(self, context: tuple[str, ...], by_count: bool = False) -> str | None:
        """A page whose headline, title, opening and publisher name no place, though it speaks of
        `全县`, `县委`, `我市`: the one place of that level its prose names (`…分析研判昌黎县面临的形势`),
        a place held up as a model aside (`学习借鉴浙江省安吉县经验`); None when it names several. `by_count`: asked
        when nothing else names the page's place, several are settled by the one it names far more often than any
        other, its items too (`…助力…武汉新城…建设美丽鄂州` then `制定鄂州市…方案`)."""
        meaning = self._cues_meaning
        if meaning is None:
            return None
        fits = {"county": lambda n: self.level(n) == "county" and n[-1] in "县旗",
                "district": lambda n: self.level(n) == "county" and n.endswith("区"),
                # (or a municipality, `我市` in 重庆市: `…2020年,重庆空气质量优良天数在直辖市中排名第1`)
                "city": lambda n: self.level(n) == "city" or self._county_level_city(n)
                or self._a_municipality(n),
                "province": lambda n: self.level(n) == "province"}.get(meaning)
        first = self._first_body if self._first_body is not None else 0
        named, cities, counties = set(), set(), set()
        body = []  # the paragraphs read, up to the links to other pages
        for p in self.structure.paragraphs[first:]:
            if p.text.lstrip().startswith(_PAGE_END):
                break  # the links to other pages (`上一篇:安远县…征文比赛公告`) name other places
            body.append(p)
            signer = p.heading_level != -1 and len(p.text.strip()) <= 25 and p.text.strip().endswith(self.dicts.org_suffixes)
            if signer:  # a body's name alone on its line, signing a notice (`泰州市生态环境局` / `2022年4月21日`)
                found = self.names_in(p.text.strip(), context)
                named |= {n for a, b, n in found[:1] if a == 0 and fits is not None and fits(n)}
            elif p.heading_level == -1 or (p.heading_level >= 1 and "。" in p.text):
                # (prose, or a numbered item told in sentences, `1.深入推进…。2019年12月底前,完成泽州县…`: a headline
                # after it is another page's)
                found = self._own_mentions(p.text, context)
                partners = _partners(p.text, found)  # (`我市与下游白银市签订…`: a partner is never the page's place)
                # (not a name a province shares with its city, `建设美丽吉林` on a page of 辽源市: the name tells neither)
                named |= {n for a, b, n in found if fits is not None and fits(n)
                          and not self._a_province_too(p.text[a:b]) and not _assigned(p.text, a)} - partners
                cities |= {n for a, b, n in found if self.level(n) == "city"} - partners
                # (a county's name that several cities have, `海州区`, tells no city)
                counties |= {n for a, b, n in found if self.level(n) == "county"
                             and len(self.dicts.region_candidates.get(p.text[a:b], ())) <= 1} - partners
        if not named and meaning == "province" and len(cities) >= 2:
            # `全省…平均浓度为62μg/m3。…最多的城市是青岛、烟台和威海市`: the province its cities are all of
            provinces = {self.up_to(c, ("province",)) for c in cities}
            return provinces.pop() if len(provinces) == 1 and None not in provinces else None
        if meaning == "city" and named and named <= counties:
            # `责任单位:城区、泽州县、高平市、阳城县、沁水县`: a county-level city named with three or more counties of
            # its own city is one of the city's counties, not the city that speaks
            held = {self.up_to(c, ("city",)) for c in counties}
            if len(held) == 1 and None not in held and all(len(counties - {n}) >= 3 for n in named):
                named = set()
        if not named and meaning == "city" and len(counties) >= 2:
            # `全市…。赣榆区、东海县、灌云县、灌南县…分别为…`: the city its counties and districts are all of
            held = {self._city_above(c) for c in counties}
            return held.pop() if len(held) == 1 and None not in held else None
        if len(named) > 1 and by_count:
            often: Counter = Counter()  # the fitting names of prose and items, none a model, a partner or a company's
            for p in body:
                if p.heading_level != 0:
                    own = self._own_mentions(p.text, context)
                    partners = _partners(p.text, own)
                    often.update(n for a, b, n in own if fits(n) and n not in partners)
            ranked = often.most_common()  # (none when only signers' lines name them)
            top, n = ranked[0] if ranked else (None, 0)
            return top if top in named and n >= 2 and (len(ranked) == 1 or n >= 2 * ranked[1][1]) else None
        return named.pop() if len(named) == 1 else None

    def _own_mentions(self, text: str, context: tuple[str, ...]) -> list[tuple[int, int, str]]:
        """The places a paragraph names, not as a model (`学习借鉴…经验`) nor in a company's name (`对高平市丹峰糠醛有限公司…
        进行了移送` is where it is registered), nor as the main venue of a meeting joined by video (`在长春主会场`)."""
        return [(a, b, n) for a, b, n in self.names_in(text, context)
                if not _EXEMPLAR_BEFORE.search(text, max(0, a - 12), a) and not _EXEMPLAR_AFTER.match(text, b)
                and not _COMPANY_AFTER.match(text, b) and not _MAIN_VENUE.match(text, b)]

    def _named_outlet(self, publisher: str) -> str | None:
        """A local outlet named by its county's or city's short name before a word of publishing
        (`万载发布`, `XX融媒`): the short name the gazetteer keeps no alias for, being also a word
        (万载, ten thousand years), names the place here."""
        m = re.match(r"([\u4e00-\u9fff]{2,3}?)(?:发布|融媒)$", publisher)  # (not a paper: `解放日报`, `东方头条`)
        if not m:
            return None
        found = [r for r in self.dicts.regions if r.startswith(m.group(1)) and len(r) == len(m.group(1)) + 1
                 and r[-1] in "县市区旗"]
        return found[0] if len(found) == 1 else None

    @cached_property
    def _first_body(self) -> int | None:
        """The index of the first paragraph of prose (a sentence ended by 。, or a lead to what follows,
        `…2018年10月新疆19城市环境空气质量状况及排名情况如下:`; not a menu line, not an address `各…单位:`)."""
        return next((i for i, p in enumerate(self.structure.paragraphs)
                     if p.heading_level == -1 and ("。" in p.text or p.text.endswith(("如下:", "如下：")))
                     and not _MENU.search(p.text)), None)

    @cached_property
    def headlines(self) -> list[str]:
        """The headline block right above the first paragraph of prose (`…目标责任书(2022年)`,
        `(征求意见稿)`): what a reader takes as the page's title when the page's chrome hides it."""
        paras, first = self.structure.paragraphs, self._first_body
        above: list[str] = []
        if first is not None:
            for p in reversed(paras[max(0, first - 4):first]):
                # (a menu of five or more short words, `江苏 江西 吉林 辽宁 内蒙古 宁夏 青海`, or of places only; not a headline
                # spaced out, `宁乡市 打好 蓝天 保卫战`, which names the page's place though it is no title)
                if _MENU.search(p.text) or menu_of_words(p.text, 5) or self._menu_of_places(p.text) or p.heading_level == -1:
                    break  # site navigation or prose: the headline block ends here
                line = _without_stamp(p.text)
                if line and not _CAPTION.search(line):
                    above.insert(0, line)
        return above

    def _menu_of_places(self, line: str) -> bool:
        """A site's menu of places (`北京 天津 河北 山西`): three or more words, every one a place's name."""
        words = line.split()
        return len(words) >= 3 and all(w in self.dicts.region_aliases for w in words)

    def _reader_cues(self) -> list[str]:
        """What a reader takes the page's place from, in order: the headline right above the first
        paragraph of prose, the page's title, the opening sentence of the body (menus, captions
        and other chrome skipped)."""
        out = list(self.headlines)
        if self.title and not _CAPTION.search(self.title):
            out.append(self.title)
            # the body that wrote the page, its name alone below the title (`临夏州生态环境保护督察报告` over
            # `甘肃省第五生态环境保护督察组`): a place within the writer's that the title names is what it is about
            named = self.names_in(self.title)
            for h in [h for h in out[:-1] if h.strip().endswith(self.dicts.org_suffixes) and len(h.strip()) <= 25]:
                own = self.names_in(h)
                if named and own and own[0][2] != named[0][2] and own[0][2] in self.ancestors(named[0][2]):
                    out.remove(h)
                    out.append(h)
        if self._first_body is not None:
            first = self.structure.paragraphs[self._first_body].text
            # (its first sentence, or its lead up to the colon: `根据《…》(…),2018年10月新疆19城市…情况如下:`)
            end = min((i for i in (first.find("。"), first.find(":"), first.find("：")) if i != -1), default=-1)
            out.append(first[: max(end, 60)])
        return out

    def _county_level_city(self, name: str | None) -> bool:
        """`海林市`, `义乌市`, `仙桃市`: a county-level city is the `市` of its own pages (`全市`, `市委`,
        `市长`), not the prefecture above it."""
        return bool(name) and name.endswith("市") and self.level(name) == "county"

    @cached_property
    def jurisdiction_city(self) -> str | None:
        """The jurisdiction if it is a city (a county-level one too) or a province, else its city (a
        publisher's place)."""
        if self._county_level_city(self.jurisdiction):
            return self.jurisdiction
        return self.up_to(self.jurisdiction, ("city", "province"))

    def city_of(self, name: str | None) -> str | None:
        """The city a region is or lies in (a county-level city is its own), or the municipality
        (`北京市`, a province-level city); None for a province or autonomous region: `全市` on a page
        of 四川省 is some city of it, not the province."""
        if self._county_level_city(name):
            return name
        found = self.up_to(name, ("city", "province"))
        return found if found and (self.level(found) == "city" or found.endswith("市")) else None

    # ---- mentions in the text -------------------------------------------------------------------------

    @cached_property
    def mentions(self) -> list[tuple[int, int, str]]:
        """Every place named in the text, except those named as left out (`(黄山、池州除外)`,
        `除安庆外`) and those a company is named after (`对山西天地王坡煤业有限公司的9起…`): they are not where
        the figures are, nor what follows is about."""
        excluded = [(m.start(), m.end()) for m in _EXCLUSION.finditer(self.text)]
        return [(s, e, n) for s, e, n in self.names_in(self.text, (self.jurisdiction,) if self.jurisdiction else ())
                if not any(a <= s < b for a, b in excluded) and not _COMPANY_AFTER.match(self.text, e)]

    @cached_property
    def _mention_starts(self) -> list[int]:
        return [s for s, _, _ in self.mentions]

    def mentions_between(self, start: int, end: int) -> list[tuple[int, int, str]]:
        lo = bisect.bisect_left(self._mention_starts, start)
        hi = bisect.bisect_left(self._mention_starts, end)
        return self.mentions[lo:hi]

    def _in_a_note_before(self, start: int, end: int, pos: int) -> bool:
        """The mention at text[start:end] stands in a bracketed note that closes before the figure at pos and says more
        than whose the figure is (`共评价154个(大连市庄河小于屯断面因断流未评价),其中…占比81.8%`; not `协议补偿(河北省)资金
        4.5亿元`, `湘江耒水(永兴段)水质…`)."""
        opened = max(self.text.rfind("(", max(0, start - 80), start), self.text.rfind("（", max(0, start - 80), start))
        if opened == -1 or re.search(r"[)）\n]", self.text[opened:start]):
            return False
        close = _NOTE_END.search(self.text, end, min(end + 80, pos))
        if close is None or close.group(0) not in ")）":
            return False  # (in no note, or in one the figure stands in too)
        closed = close.start()
        # (the note's words besides its places: not a stretch, `耒水(永兴县城区段)`, `汉江(襄阳市境内段)`, nor places listed,
        # `(邢台市、邯郸市)`, nor a note of reference, `(邢台市,下同)`)
        rest, at = [], opened + 1
        for s, e, _ in self.mentions_between(opened + 1, closed):
            rest.append(self.text[at:s]); at = e
        rest = _NOTE_WORDS.sub("", "".join(rest) + self.text[at:closed])
        return len(rest) > 2

    def carries_context(self, start: int, end: int, name: str) -> bool:
        """A mention that sets the place for what follows: not `全国` (`向全国推广`), not a
        parenthetical (`子牙河(红桥区)段`)."""
        if name == "全国" or (self.text[start - 1:start] in "(（" and self.text[end:end + 1] in ")）"):
            return False
        if self._river_naming_a_programme(end, name):
            return False  # `长江(安徽)经济带生态环境警示片`: the river heads a programme's name
        if _MAIN_VENUE.match(self.text, end):
            return False  # `市委书记在杭州主会场参加会议`: where a higher meeting is held, not what follows is about
        if self._names_a_code(start, end):
            return False
        # one of a list (`郑州、开封等9个省辖市…`, `南昌、九江和鹰潭同比上升`, `抚州和上饶同比持平`): the list
        # is the subject of its own sentence only
        return not (self.text[end:end + 1] in "、" or self.text[start - 1:start] == "、"
                    or re.match(r"[市省县区]?等", self.text[end:end + 2])
                    or (self.text[end:end + 1] in ("和", "及", "与") and end + 1 in self._mention_start_set)
                    or (self.text[start - 1:start] in ("和", "及", "与") and start - 1 in self._mention_end_set))

    def _names_a_code(self, start: int, end: int) -> bool:
        """The mention at text[start:end] is the jurisdiction in the name of a code, a rule or a letter listed with others
        (`《河南省公民环保行为准则》、…等宣传彩页5000多份`: handed out, not where the figures are); a code in force is its
        place's (`《苏州市生态环境保护条例》实施一年来,共查处…`), a bulletin's its figures' (`《西宁市…公报》显示,…`)."""
        # (the bounded pattern first: in_book_title looks back through the text, and this is asked for every mention)
        return bool(_RULES_NAMED.match(self.text, end)) and in_book_title(self.text, start)

    @cached_property
    def _mention_start_set(self) -> set[int]:
        return {s for s, _, _ in self.mentions}

    @cached_property
    def _mention_end_set(self) -> set[int]:
        return {e for _, e, _ in self.mentions}

    # ---- deictic places ---------------------------------------------------------------------------------

    def deictic(self, cue: str, article_index: int = 0, at: int | None = None) -> str | None:
        """`我市`/`全省`/`本县`/`全区`: the page's (or the article's) place at the level the cue names
        (at: where the cue stands, when known)."""
        meaning = self.dicts.place_cues.get(cue.rstrip())
        home = self.article_region(article_index)
        if meaning == "district":
            j = self.jurisdiction
            if j and self.level(j) == "province" and j.endswith(_PROVINCE_LIKE_DISTRICT):
                return j
            if self.level(home) == "county":
                return home
            # (a city's site carrying its autonomous region's news, `自治区召开全区生态环境新闻发布会`: no district of the
            # city is named, and the text speaks of the region as a body)
            region = self.up_to(home, ("province",)) or self.up_to(j, ("province",))
            if region and region.endswith(_PROVINCE_LIKE_DISTRICT) and self._names_the_region_as_a_body:
                return region
            return None
        if meaning == "county":
            return home if self.level(home) == "county" else None
        if meaning == "seat":  # `中心城区`: the town of the page's county or banner, else of its city (a
            # district has none of its own: `白云区` page, `中心城区` is 广州市's)
            if self.level(home) == "county" and (home[-1] in "县旗" or self._county_level_city(home)):
                return home
            return self.city_of(home) or self.city_of(self.jurisdiction)
        if meaning == "city":
            return self.city_of(home) or self.city_of(self.jurisdiction) or self._named_unit_of_province(cue, home, at)
        if meaning == "province":
            return self.up_to(home, ("province",)) or self.up_to(self.jurisdiction, ("province",)) \
                or self._named_province
        return None

    @cached_property
    def _named_province(self) -> str | None:
        """`全省` on a page whose place is above every province (a ministry's or a national outlet's story about one
        province, `生态环境部表彰…福建“环保铁军”…。2018年,全省共出动执法人员12万人次`): the one province the page names,
        at least twice (its cities and counties count for it); None when it names several or names one only in passing."""
        named = [self.up_to(n, ("province",)) for _, _, n in self.mentions]
        provinces = {n for n in named if n}
        if len(provinces) == 1:
            (province,) = provinces
            return province if named.count(province) >= 2 else None
        return None

    def _named_unit_of_province(self, cue: str, home: str | None, at: int | None = None) -> str | None:
        """`我盟`, `全州`, `全市` on a page whose place is a province (its title names 内蒙古): the league,
        autonomous prefecture or city of that province the page comes from (`来源:锡林郭勒生态环境`), else
        the only one it names (`长江黄石段`; a city at least twice), else the prefecture or league its paragraph
        names last as a sentence's subject before the cue at `at` (`此外,1至8月,大理州环境空气质量保持优良…。全州纳入国控断面
        18个`); None when it names several and the paragraph none (`兴安盟和阿拉善盟汇报了…`)."""
        unit = cue.rstrip()[-1]
        if unit not in "盟州市":
            return None
        province = self.up_to(home, ("province",))

        def ours(n: str | None) -> bool:
            return bool(n) and n.endswith(unit) and self.level(n) == "city" and (
                province is None or province in self.ancestors(n))
        source = self.first_name(self.publisher) if self.publisher else None
        if ours(source):
            return source
        named = [n for _, _, n in self.mentions if ours(n)]
        # (a city named once may be cited from elsewhere, `学习借鉴武汉市河湖长制经验`: the page's own comes back)
        if len(set(named)) == 1 and (unit != "市" or len(named) >= 2):
            return named[0]
        # (a prefecture or a league only: a city named before `全市` may be where a meeting is watched, `在杭州主会场`)
        if at is None or unit == "市":
            return None
        para = bisect.bisect_right(self.structure.paragraphs, at, key=lambda p: p.start) - 1
        # (the one opening a sentence, its subject, not one it names in passing: `楚雄州召开专题会议,会议邀请红河州介绍经验`)
        for x in reversed(self._sentences_before(para, at)):
            opens = _LEAD_IN.match(self.text, x.start).end()
            subject = [n for s, e, n in self.mentions_between(opens, opens + 16) if ours(n)]
            if subject:
                return subject[0]
        return None

    @cached_property
    def _names_the_region_as_a_body(self) -> bool:
        """The text names `自治区` alone, as a body that acts or owns (`自治区召开…`, `自治区生态环境厅`), not only
        within a region's name (`宁夏回族自治区`) nor as the level of a list (`入选自治区绿色工厂名单`)."""
        return any(not self.names_in(self.text[max(0, m.start() - 6):m.end()])
                   for m in _REGION_AS_A_BODY.finditer(self.text))

    def deictics_between(self, start: int, end: int) -> list[re.Match]:
        # (not the level of an honour a place wins: `成功创建市级安静小区4个` on a district's page is the district's)
        return [m for m in self._deictic.finditer(self.text, start, end) if not self._opens_a_name(m)
                and not (m.group(0).endswith("级") and _HONOUR_WON.search(self.text, max(0, m.start() - 6), m.start()))]

    def _opens_a_name(self, m: re.Match) -> bool:
        """The cue opens a place's name (`全州` of `全州县`), not `the whole prefecture`."""
        return any(self.text[m.start():m.end() + k] in self.dicts.region_aliases for k in (1, 2))

    # ---- articles and sentences -------------------------------------------------------------------------

    def article_headline(self, index: int) -> str:
        """The article's title with the headline lines around it (subtitles, kickers)."""
        art = self.structure.articles[index] if index < len(self.structure.articles) else None
        if art is None:
            return self.title or ""
        block = [art.title]
        for p in self.structure.paragraphs:
            if p.start < art.start or p.text == art.title:
                continue
            if p.start >= art.end or p.heading_level != 0 or len(block) >= 4:
                break
            block.append(p.text)
        return " ".join(block)

    @cached_property
    def _article_regions(self) -> dict[int, str | None]:
        """A page of several articles: each article's place from its headline, else from its first
        body sentence; a single article's is the page's."""
        out = {}
        if len(self.structure.articles) <= 1:
            return out
        for art in self.structure.articles:
            found = self.first_name(self.article_headline(art.index))
            if found is None:
                body = next((p for p in self.structure.paragraphs
                             if art.start <= p.start < art.end and p.heading_level == -1), None)
                if body is not None:
                    dateline = DATELINE.match(body.text)
                    after = body.start + (dateline.end() if dateline else 0)
                    first = [n for s, e, n in self.mentions_between(after, body.end) if self.carries_context(s, e, n)]
                    found = first[0] if first else None
            out[art.index] = found or self.jurisdiction
        return out

    def article_region(self, index: int) -> str | None:
        return self._article_regions.get(index, self.jurisdiction)

    @cached_property
    def _sentences_by_paragraph(self) -> dict[int, list[Sentence]]:
        out: dict[int, list[Sentence]] = {}
        for x in self.structure.sentences:
            out.setdefault(x.paragraph_index, []).append(x)
        return out

    def sentences_of(self, paragraph_index: int) -> list[Sentence]:
        return self._sentences_by_paragraph.get(paragraph_index, [])

    def _sentences_before(self, paragraph_index: int, pos: int) -> list[Sentence]:
        """The nearest SENTENCE_REACH sentences of the paragraph that start before pos, in text order."""
        sents = self.sentences_of(paragraph_index)
        i = bisect.bisect_left(sents, pos, key=lambda x: x.start)
        return sents[max(0, i - SENTENCE_REACH):i]

    def topic_region(self, sent: Sentence) -> str | None:
        """The place opening the nearest earlier sentence of the paragraph (`过去一年,成渝地区生态环保
        协同…`) is the topic of what follows: after its lead-in (a dateline, `据通报,`, a period, `会议指出,`),
        a deictic subject first (`我省将深入实施黄河流域…` is about the province), then a name. A place
        in the middle of a sentence is not; one item after `其中,` is (`其中,兴宁市…。该水体…`), a list of
        items is not (`其中,兴宁市1条,梅县区2条。整治工程总投资…`). Asked for every figure of the sentence: read once."""
        if sent.start not in self._topics:
            topic = self._topic_region(sent)
            each = _EACH_PART.match(sent.text)
            if each and topic is not None and topic != "全国" and \
                    _PLACE_RANK.get(self.level(topic) or "", -1) >= _PART_RANK[each.group("unit")]:
                topic = None  # `长沙市作典型发言…。各市州要…`: parts a city cannot hold are the page's place's (`杭州市…。各区县累计
                # …` are the city's; `杭州创新开展…。各地以…累计建设…`, every place of a national page's)
            self._topics[sent.start] = topic
        return self._topics[sent.start]

    def _topic_region(self, sent: Sentence) -> str | None:
        ended = False  # a full stop passed: the items of a list of places before it (`A市…;B市…;…。`) are not the topic
        # (the nearest SENTENCE_REACH sentences, and so for the run of items each is of: linear in a paragraph of thousands)
        earlier = self._sentences_before(sent.paragraph_index, sent.start)
        # an item of a list (`三是…`) tells of its own, or of the place that opened the list (`浙江省采取多项措施…。一是…`),
        # not of a place an item before it named (`二是…。上海率先颁布…。三是…`)
        for i in self._back_over_items(earlier, sent):
            x = earlier[i]
            if _THE_OTHERS.search(x.text, 0, 16):
                return None  # `巢湖全湖…。监测的其他72个湖库中,…。…71个湖库中,…`: past the topic, to the others
            # (the last item too, closing the run with `。`: `…;东方市…等8个断面水质轻度污染。` over `断面超标率分别为4.2%…`)
            last_item = i > 0 and earlier[i - 1].text.rstrip().endswith((";", "；"))
            if (ended and x.text.rstrip().endswith((";", "；")) or last_item) and self._items_of_places(earlier, i):
                ended = ended or x.text.rstrip().endswith("。")
                continue
            ended = ended or x.text.rstrip().endswith("。")
            filed = DATELINE.match(x.text)
            opens = x.start + (filed.end() if filed else 0)
            lead_end = _LEAD_IN.match(self.text, opens).end()  # `据通报,2022年1月至12月,京津冀…`: after the lead-in
            for s, e, n in self.mentions_between(opens, lead_end):
                if (_SPEAKS.match(self.text, e) or _DATA_OF.match(self.text, e)) and self.carries_context(s, e, n):
                    return n  # `齐齐哈尔市提出,2023年要…`: a place speaking is what it speaks of; `新疆城市…监测结果显示:`
            opens = lead_end
            if self.text.startswith(("其中,", "其中，"), opens):
                # `其中,兴宁市排查出…。该水体…`: the one item a breakdown names goes on as the topic; a list
                # of items (`其中,兴宁市1条,梅县区2条。整治工程总投资…`) hands back to the whole
                named = {n for s, e, n in self.mentions_between(x.start, x.end) if self.carries_context(s, e, n)}
                if len(named) > 1:
                    continue
                opens += 3
            d = self._deictic.match(self.text, opens)  # `我省将深入实施黄河流域…`: the subject, not its object
            d = d if d and not self._opens_a_name(d) else None
            r = self.deictic(d.group(0), sent.article_index, d.start()) if d else None
            if r:
                return r
            for s, e, n in self.mentions_between(opens, opens + 8):
                if self.carries_context(s, e, n) and not (self.level(n) == "water_body"
                                                          and _ACTS_ON.search(self.text, opens, s)) \
                        and not (_DONE_TO.search(self.text, opens, s) and any(
                            n in self.ancestors(m)[1:] for _, _, m in self.mentions_between(e, x.end))) \
                        and not _OUTLET_AFTER.match(self.text, e):
                    if _COUNTED_AFTER.match(self.text, e) and len({m for _, _, m in self.mentions_between(x.start, x.end)}) > 2:
                        break  # `本批信访件涉及济南市19件、青岛市37件…`: the first of a breakdown by place, not the topic
                    return n  # (not a river the sentence acts on: `三是持续加强黄河流域生态保护…`; nor a paper's name
                    # heading the item: `陕西科技报` over `近年来,延安…`)
        return None

    @staticmethod
    def _back_over_items(earlier: list[Sentence], sent: Sentence):
        """The indexes of the sentences before sent to read for its topic, nearest first: past the opening of the item of a
        list sent is in (`三是…`), on from the sentence before the list's first item."""
        firsts = [k for k, x in enumerate(earlier) if _OPENS_FIRST_ITEM.search(x.text)]

        def before_its_list(k: int) -> int:  # (the sentence before the first item at or before k: `湖州市…。一是…。二是…`)
            return next((f - 1 for f in reversed(firsts) if f <= k), k - 1)

        i = before_its_list(len(earlier)) if _OPENS_ITEM.search(sent.text) and not _OPENS_FIRST_ITEM.search(sent.text) \
            else len(earlier) - 1
        while i >= 0:
            yield i
            i = before_its_list(i) if _OPENS_ITEM.search(earlier[i].text) else i - 1

    def _items_of_places(self, sentences: list[Sentence], i: int) -> bool:
        """Sentence i is an item of a run joined by `;` whose items name two places or more (`其中太原市…;吕梁市…;
        大同市…。`), not a statement's clauses about one (`2020年,宜昌市…;纳入省政府考核的…;16个…。`)."""
        a = i
        while a > 0 and i - a < SENTENCE_REACH and sentences[a - 1].text.rstrip().endswith((";", "；")):
            a -= 1
        b = i
        while b < len(sentences) - 1 and sentences[b].text.rstrip().endswith((";", "；")):
            b += 1
        named = {n for s, e, n in self.mentions_between(sentences[a].start, sentences[b].end)
                 if self.carries_context(s, e, n)}
        return len(named) > 1

    def local(self, start: int, end: int, article_index: int) -> str | None:
        """The last deictic place cue in text[start:end] that resolves, else None."""
        for m in reversed(self.deictics_between(start, end)):
            r = self.deictic(m.group(0), article_index)
            if r:
                return r
        return None

    def region_at(self, sent: Sentence, pos: int, end: int | None = None) -> str | None:
        """The place a figure at absolute offset pos is about: the place named in brackets right after it (end: where
        the figure ends, `1.88(龙门县)~2.57(惠阳区)`), else the nearest mention (or `全市`/`我省`)
        before it in the sentence, else what opens an earlier sentence of the paragraph, else a
        place later in the sentence, a deictic cue in the paragraph, the heading, the article."""
        bracketed = _PLACE_IN_BRACKETS.match(self.text, end) if end is not None else None
        if bracketed:
            named = self.names_in(bracketed.group(1))
            if len(named) == 1 and named[0][1] - named[0][0] == len(bracketed.group(1)):
                return named[0][2]
        low_end = _LOW_END_BEFORE.search(self.text, max(sent.start, pos - 16), pos)
        if low_end:  # (the high end of a range, `4.5(惠阳区)~6.8`: not of the place the low end's bracket names)
            pos = low_end.start()
        owner = next((n for s, e, n in self.mentions_between(max(sent.start, pos - 16), pos)
                      if _AVERAGE_VALUE.fullmatch(self.text, e, pos)), None)
        if owner:
            return owner  # `低于全国均值(30微克/立方米)`: the average's own value, the place it is the average of
        before = [(s, e, n) for s, e, n in self._places_of(sent) if s < pos and e <= pos
                  and not self._water_of_another_clause(s, e, n, pos) and not _listed_outlet(self.text, s, e)
                  and not self._names_a_project(e, pos) and not self._names_an_honour(s)
                  and not self._listed_and_counted(s, e) and not self._ranked_in(s, e, pos)
                  and not self._in_a_note_before(s, e, pos)
                  and not self._hands_down_a_goal(s, e) and not self._assesses(s, e)] \
            if pos <= sent.end else \
            [(s, e, n) for s, e, n in self.mentions_between(sent.start, pos) if e <= pos
             and not self._water_of_another_clause(s, e, n, pos) and self._place_of_a_figure(sent, s, e)]
        among = [(m.start(), m.end()) for m in _RANKED_AMONG.finditer(self.text, sent.start, pos)]
        if among and before and before[0][0] < among[0][0]:  # `吕梁市在汾渭平原11市中,…`: ranked among them
            before = [x for x in before if not any(a <= x[0] < b for a, b in among)]
        # a body a cue names (`省委、省政府…督察`) is what acted on the place named before it, not a place
        # (nor is the level that set a goal: `完成市级下达目标任务,比例达到83.3%`)
        cues = [m for m in self.deictics_between(sent.start, pos)
                if not (before and before[0][1] <= m.start() and _BODY_CUE.search(m.group(0)))
                and not self._level_that_sets(m) and not self._field_of_a_ranking(m, pos)]
        # (a river or lake right after the cue is the cue's place's part of it: `全市白洋淀流域入河排污口…`, the city's)
        water_part = bool(cues and before) and self.level(before[-1][2]) == "water_body" \
            and cues[-1].end() == before[-1][0]
        if cues and before and not water_part and cues[-1].start() > before[-1][1] and cues[-1].group(0).startswith("全") \
                and cues[-1].group(0)[-1:] == before[-1][2][-1:] and self.level(before[-1][2]) != "water_body" \
                and _ACTS_AFTER.match(self.text, before[-1][1]) and not self.text.endswith("在", sent.start, before[-1][0]) \
                and not re.search(r"[,，;；。]", self.text[before[-1][1]:cues[-1].start()]):
            # `贵港市召开全市…会议`: the place named acting in the clause is the one its `全市` means (not `到我市`, not
            # a venue, `在桂平市召开全市…`)
            return before[-1][2]
        if cues and (not before or cues[-1].end() > before[-1][1] or water_part):
            for m in reversed(cues):
                if before and m.end() <= before[-1][1] and not (water_part and m is cues[-1]):
                    break  # (`省政府与铁岭市…,铁岭市…全市…`: a cue that means nothing here hands back to the place named)
                r = self.deictic(m.group(0), sent.article_index, m.start())
                if r:
                    return r
        if before and re.search(r"(?:其余|其他|其它)$", self.text[max(sent.start, pos - 3):pos]) \
                and _PLACES_COUNTED.match(self.text, pos):
            # `鹰潭和上饶同比下降,其余7个城市同比上升`: the rest are of the place that holds those named (the
            # province named with them, or the one above a city named alone)
            names = list(dict.fromkeys(n for _, _, n in before))
            common = self._holder(names) if len(names) > 1 else next(iter(self.ancestors(names[0])[1:]), None)
            if common:
                return common
        if len(before) > 1 and before[-1][1] == pos and _PLACES_COUNTED.match(self.text, pos) \
                and self.text[before[-1][0] - 1:before[-1][0]] in ("、", "及", "和", "与"):
            # `阿拉善、…、兴安盟及呼伦贝尔7个盟市空气质量…达标`: the places listed, counted, are of the one that holds them
            clause = max(self.text.rfind(ch, sent.start, pos) for ch in ",，;；。") + 1
            names = list(dict.fromkeys(n for s, e, n in before if s >= clause))
            common = self._holder(names) if len(names) > 1 else None
            if common:
                return common
        if before and self._listed_waters(before):
            # `对澜沧江、长江、红河等三大水系的8个湖(库)…开展监测`: the rivers that hold what is counted are no
            # place of the figure; the page's place is
            before = [x for x in before if self.level(x[2]) != "water_body"]
        if len(before) > 1 and before[-2][2] != before[-1][2] and before[-1][2] in self.ancestors(before[-2][2]) \
                and not re.search(r"[,，;；。:：()（）\s]", self.text[before[-2][1]:before[-1][0]]) \
                and self._heads_a_body(before[-1][1], pos):
            # `儋州市贯彻落实海南省第五生态环境保护督察组反馈问题的158项整改措施`: the province names the body
            # that acted; the place the figure is about is the one it holds, named before
            return before[-2][2]
        if before:
            return self._group_of(before, sent.article_index) or before[-1][2]
        if not before and not cues and _THE_COUNTRYS_CITIES.match(self.text, sent.start):
            return "全国"  # `339个地级及以上城市平均优良天数比例为84.5%`: the country's cities, whatever page tells it
        if not before and not cues and (_ALL_CITIES_OPEN.match(self.text, sent.start) or (
                _ALL_COUNTY_CITIES_OPEN.match(self.text, sent.start)
                and self.level(self.article_region(sent.article_index)) == "province")) \
                and not self._named_in_own_clause(sent, pos):
            # `18个省辖市中,8月份的环境空气优、良天数的比例为78.9%` on a city's page: the cities of its province, all
            # together, the province's figure (not one a place named in its clause holds: `…最高为88.2%,出现在南通市`;
            # a city in another clause is another figure's: `13个设区市PM2.5平均浓度为31…,南京市为29…`)
            # (on the province's own page, its own: `11个设区城市月均值范围为19~48微克/立方米,浓度最低为舟山…`)
            home = self.article_region(sent.article_index)
            province = self.up_to(home, ("province",)) if self.level(home) in ("city", "county", "province") else None
            if province:
                return province
        # (not past `其他…` or a river's tributaries, `长江支流…`: the others, not what the sentence before was about)
        topic = self.topic_region(sent) if not _THE_OTHERS.search(self.text, sent.start, pos + 6) else None
        if topic and self.level(topic) == "water_body" and _OF_TRIBUTARIES.search(self.text, sent.start, pos):
            topic = None
        if topic and not (self.level(topic) == "water_body" and (
                self._counts_its_scope(sent, pos) or not _OF_WATER.search(self.text, sent.start, sent.end)
                or self._told_of_air(sent.start, pos))):
            # (a lake the sentence before is about is not the place of `27个…断面优良率…`, nor of a sentence that is
            # not about water: `…松花江干流国控断面水质…。2022年需完成整改的16项…问题整改任务已全部完成`)
            return topic
        # a place later in the sentence, but not one of the parts of a total (`共确定375项整改任务,其中
        # 北京市…`): the total is the group's
        # (nor one of the places a count of places counts: `11市同比改善,改善幅度最大的城市是德州市`)
        inside = [n for s, e, n in self.mentions_between(sent.start, sent.end) if self.carries_context(s, e, n)
                  and not self._in_dateline(sent, s) and not _PARTS_FOLLOW.search(self.text, pos, s)
                  and not self._names_an_honour(s) and not self._water_of_another_clause(s, e, n, pos)
                  and not self._hands_down_a_goal(s, e) and not self._assesses(s, e)
                  and not self._in_a_note_before(s, e, pos)] \
            if not _PLACES_COUNTED.match(self.text, pos) else []
        if inside:
            return inside[0]
        # a cue in the paragraph; after the figure, not a body's qualifying a noun (`该项目总投资12亿元,…被列为…省政府
        # 督办的示范项目`: the body that oversees it, not its place; `…3.5亿元,市政府先后出台…` acts: its place)
        para = self.structure.paragraphs[sent.paragraph_index]
        for m in reversed(self.deictics_between(para.start, sent.end)):
            overseer = m.start() >= pos and _BODY_CUE.search(m.group(0)) and _ATTRIBUTIVE.match(self.text, m.end())
            if _RANKED_IN.match(self.text, m.end()) or self._field_of_a_ranking(m, pos) or self._level_that_sets(m):
                continue  # `力争…在全省走在前列`, `排名全省第一`: the field of a rank, not the place of what follows;
                # (`优良天数比率达到市级下达目标要求;…比例达到83.3%` on a district's plan: the level that set the goal)
            r = None if overseer else self.deictic(m.group(0), sent.article_index, m.start())
            if r:
                return r
        for part in reversed(sent.heading_path.split(" > ")) if sent.heading_path else ():
            if part not in self._heading_names:  # asked by every figure under the heading: read once
                # (not the field of a rank: `我省生态环境质量稳居全国前列` is about the province; `赣州市排名全省第一`
                # is about the city)
                # (nor a heading that is an inspecting group's name, `甘肃省第五生态环境保护督察组` over its report on 临夏州:
                # who writes, not where; a department's name heads its own figures, `河北省生态环境厅`)
                body = bool(_INSPECTING_GROUP.search(part.strip())) and not re.search(r"[,，。;；:：\s]", part.strip())
                # (nor an outlet's line stamping the page, `绵阳在线 发布时间:2021-06-12`: where it was posted)
                stamp = _STAMPED.search(part)
                outlet = part[:stamp.start()].strip(" (（") if stamp is not None else ""
                stamp = stamp is not None and len(outlet) <= 12 and bool(_OUTLET_NAME.search(outlet)) \
                    or bool(_CREDITING_PAPER.match(part))  # (or a credit line over the text, `周口日报·周道客户端记者 彭某`)
                named = self.names_in(part, (self.jurisdiction,) if self.jurisdiction else ())
                # (the field, not a place ranked within one named before it: `江苏空气质量排名南京第四` tells of 南京)
                self._heading_names[part] = [] if body or stamp else [
                    (s, e, n) for s, e, n in named
                    if not (_RANKED_IN.match(part, e) and _RANK_VERB.search(part, 0, s)
                            and not any(m in self.ancestors(n)[1:] for a, _, m in named if a < s))
                    and not (n == "全国" and _COUNTRY_AS_MEASURE.match(part, e))]  # `不少工作具有全国影响力`
            found = self._heading_names[part]
            if found and self._headline_of_a_result(part, found[0][1]):
                # (a headline telling a result is no scope of what follows for a river or a region of several places
                # it names: `黄河干流陕西段水质连续三年全部达到Ⅱ类`, `◎皖北空气质量改善幅度大于皖南`, the province's)
                found = [x for x in found if self.level(x[2]) not in ("water_body", "multi_region")]
            # (nor a river the heading's work acts on, `2.扎实推进西江潭江重点支流综合治理工作。` over `12月底全面完成年度投资计划
            # 5.18亿元`: the object of the work, not the place of its figures, as a sentence's opening, _topic_region)
            # (a heading of the river's own state or monitoring still places them: `(二)开展长江干流湖南段水质监测`)
            found = [x for x in found if not (self.level(x[2]) == "water_body" and _ACTS_ON.search(part, 0, x[0])
                                              and not _OWN_STATE.match(part, x[1]))]
            if found:
                return self._branch_of(part, found) or self._ranked_within(part, found) or found[0][2]
        return self.article_region(sent.article_index)

    def _named_in_own_clause(self, sent: Sentence, pos: int) -> bool:
        """A place is named after the figure at pos in its clause, or in the clause after it saying whose it is
        (`…最高为88.2%,出现在南通市`)."""
        end = next((i for i in range(pos, sent.end) if self.text[i] in ",，;；。"), sent.end)
        if _WHOSE_AFTER.match(self.text, end):
            end = next((i for i in range(end + 1, sent.end) if self.text[i] in ",，;；。"), sent.end)
        return any(self.carries_context(a, b, n) for a, b, n in self.mentions_between(pos, end))

    def _names_an_honour(self, start: int) -> bool:
        """The place named at start names an honour, or its level (see _IN_AN_HONOUR)."""
        return bool(_IN_AN_HONOUR.search(self.text, max(0, start - 32), start))

    def _ranking_after(self, start: int, end: int) -> re.Match | None:
        """The ranking the place or cue at text[start:end], after `在`, is the field of (`在全省17市排第9名`,
        `在全国46个…城市中名列前茅`), if any."""
        if self.text[start - 1:start] != "在":
            return None
        return _RANKING_FIELD.match(self.text, end) or _RANK_IN_FIELD.match(self.text, end)

    def _ranked_in(self, start: int, end: int, pos: int) -> bool:
        """The place named at text[start:end] is the field a ranking before the figure at pos is among (`…提升至50%,在全国
        46个垃圾分类重点城市中名列前茅,…利用率达92%`): no place of it."""
        field = self._ranking_after(start, end)
        return field is not None and field.end() <= pos

    def _field_of_a_ranking(self, cue: re.Match, pos: int) -> bool:
        """The cue is the field a ranking is among (`我州…在全省城市综合指数排名中位列第1名,PM10…`, `综合指数为5.97,在全省17市
        排第9名`): no place of a figure outside it (the count of its members at pos, `17市`, is the field's)."""
        field = self._ranking_after(cue.start(), cue.end())
        return field is not None and not cue.end() <= pos < field.end()

    def _hands_down_a_goal(self, start: int, end: int) -> bool:
        """The place named at text[start:end] is the body that handed a goal down (`比广西壮族自治区下达的控制目标…低7.1`), or
        set the one a figure is compared with (`比山东省确定的考核目标低3微克/立方米`), not the one it was handed to (`省生态环境厅向苏州市下达的目标`, `为石家庄市制定的约束性指标`) nor one setting its own
        (`郑州市确定的目标是…`); a body above the page's own place (_above_the_page)."""
        return ((bool(_HANDED_DOWN.match(self.text, end)) and not _HANDED_TO.search(self.text, max(0, start - 2), start))
                or (self.text.endswith("比", 0, start) and bool(_SETS_GOAL.match(self.text, end)))) \
            and self._above_the_page(start, end)  # (on 山东's own page, or a national one, `山东省确定的…` is where it is)

    def _assesses(self, start: int, end: int) -> bool:
        """The place named at text[start:end] is the one whose scheme a figure's points are taken into (`纳入湖北省…考核的9个
        地表水断面`, see _ASSESSES)."""
        return self.text.endswith(("纳入", "列入"), 0, start) and bool(_ASSESSES.match(self.text, end)) \
            and self._above_the_page(start, end)

    def _above_the_page(self, start: int, end: int) -> bool:
        """The place named at text[start:end] holds the page's own place (a province on its city's page): a body above it,
        which may set or assess what the page's place does; on its own page, or a higher one's, it is where things are."""
        own = self.jurisdiction
        named = next((n for a, b, n in self.mentions_between(start, end) if a == start), None)
        return bool(own and named and own != named and named in self.ancestors(own))

    def _level_that_sets(self, cue: re.Match) -> bool:
        """The cue names the level that set a goal (`达到市级下达目标要求`) or assesses the points after it (`市级考核断面`)."""
        return bool(_SETS_GOAL.match(self.text, cue.end())
                    or (cue.group(0).endswith("级") and _ASSESSED.match(self.text, cue.end())))

    def event_region(self, sent: Sentence, pos: int) -> str | None:
        """The place an event stated at pos is held in or is about: a figure's (region_at), but the places listed
        right before it in its clause, visited in turn (`深入柳江区、鹿寨县督导检查`), are the one that holds them all,
        as a group closed by `等` is for a figure."""
        clause = max(self.text.rfind(c, sent.start, pos) for c in ",，;；。") + 1
        listed = [x for x in self._places_of(sent) if clause <= x[0] and x[1] <= pos]
        k = self._listed_from(listed)
        names = list(dict.fromkeys(n for _, _, n in listed[k:]))
        # (not partners, `与北京市通州区、天津市武清区联合签订`, nor rivers; nor places only the country holds)
        if len(names) > 1 and not any(self.level(n) == "water_body" for n in names) \
                and not _partners(self.text, listed[k:]):
            holder = self._holder(names)
            if holder and holder not in names and holder != "全国":
                return holder
        return self.region_at(sent, pos)

    def _places_of(self, sent: Sentence) -> list[tuple[int, int, str]]:
        """The mentions of sentence sent that may be the place of a figure after them
        (_place_of_a_figure); asked for every figure of the sentence, so read once."""
        key = (sent.start, sent.end)
        if key not in self._figure_places:
            self._figure_places[key] = [(s, e, n) for s, e, n in self.mentions_between(sent.start, sent.end)
                                        if self._place_of_a_figure(sent, s, e)]
        return self._figure_places[key]

    def _river_naming_a_programme(self, end: int, name: str) -> bool:
        """The river mentioned up to `end` heads a programme's name with a place bracketed after it (`长江(安徽)经济带`)."""
        m = _BRACKETED_IN_NAME.match(self.text, end)
        return m is not None and self.level(name) == "water_body" \
            and any(a == 0 and b == len(m.group(1)) for a, b, _ in self.names_in(m.group(1)))

    def _place_of_a_figure(self, sent: Sentence, s: int, e: int) -> bool:
        """Whether the mention at text[s:e] of sentence sent may be the place of a figure after it."""
        # (not `城市(含武鸣区)…80.33%`; not `西藏自治区级绿色工厂2家`, a rank of designation; not
        # `…示范区4个,占西藏自治区22%`, the whole of a share; not `我市7次进入全国前十,37次位居全省第一`, the field of a rank)
        if self._in_dateline(sent, s):
            return False
        if self._names_a_code(s, e):
            return False
        if any(self._river_naming_a_programme(b, n) for a, b, n in self.mentions_between(max(0, s - 12), e)
               if b in (e, s - 1)):
            return False  # (nor a river heading a programme's name, or the province bracketed after it: `长江(安徽)经济带
            # 生态环境警示片披露问题1件`; a river's section, `黄河(陕西段)`, is the province's, a place bracketed after a
            # word the figure's, `协议补偿(河北省)资金4.5亿元`, and a city's own note its, `合肥市(不含县)`)
        # (nor the body that set a goal, `比广西壮族自治区下达的控制目标低7.1微克/立方米`, as a level is not, `省级`)
        # (nor the place whose average a figure is compared with: `…低于全国均值2微克/立方米`; nor the field of a rank,
        # the country's with no verb: `本市万元GDP能耗全国最低,煤炭消费量占比降至9.8%`)
        return not _INCLUDED.search(self.text, max(sent.start, s - 4), s) \
            and not (_COMPARED_WITH.search(self.text, max(sent.start, s - 3), s) and _AVERAGE_OF.match(self.text, e)) \
            and not self.text.startswith("级", e) and not self._hands_down_a_goal(s, e) \
            and not self.text.endswith("占", sent.start, s) \
            and not ((_RANK_SCOPE.match(self.text, e) or _RANKED_IN.match(self.text, e))
                     and _RANK_VERB.search(self.text, max(sent.start, s - 3), s)) \
            and not (self.text.startswith("全国", s) and (_RANK_SCOPE.match(self.text, e) or _COUNTRY_EXTREME.match(self.text, e))) \
            and not (self.text.startswith("全国", s) and _COUNTRY_AS_MEASURE.match(self.text, e)
                     and _FIRST_AMONG.search(self.text, max(sent.start, s - 2), s)) \
            and not (self.text.startswith("全国", s) and _ONE_OF_ITS.match(self.text, e)
                     and _BEING.search(self.text, max(sent.start, s - 2), s)) \
            and not (self.text.startswith("全国", s) and _COUNTRY_CHANNEL.match(self.text, e))
        # (`广西是全国重要的畜牧大省区,2018年…`: what it is one of; `全国生态环境举报平台2件`: a channel)

    def _in_dateline(self, sent: Sentence, s: int) -> bool:
        """The mention at s lies in the dateline the sentence opens with (`央广网沈阳3月22日消息(…)2024年,
        辽宁全省…`): where the item was filed from, not a place of what the sentence says. (Asked for every
        mention of every figure: each sentence's dateline is read once.)"""
        if sent.start not in self._datelines:
            dateline = DATELINE.match(sent.text)
            self._datelines[sent.start] = sent.start + dateline.end() if dateline else sent.start
        return s < self._datelines[sent.start]

    def _counts_its_scope(self, sent: Sentence, pos: int) -> bool:
        """The clause of the figure at pos opens with the count of its scope (`27个省级考核断面优良率达到96.3%`), or the
        sentence does, the figure in a clause after it (`27个国控地表水断面,优良水体比例为77.8%`)."""
        cut = max(self.text.rfind(c, sent.start, pos) for c in ",，;；。")
        return bool(_COUNTS_ITS_SCOPE.match(self.text, cut + 1 if cut != -1 else sent.start)
                    or _COUNTS_ITS_SCOPE.match(self.text, sent.start))

    def _listed_and_counted(self, start: int, end: int) -> bool:
        """A name in a list a count right after it counts, of things that are no places (`黑龙江省已建立三江、洪河、
        兴凯湖、八岔岛4个国家级跨界自然保护区,总面积达127.8万公顷`: reserves named after places, counted; the place of
        that count and of the figures after it is the one before them)."""
        rest = _LIST_GOES_ON.match(self.text, end)
        return ("、" in rest.group(0) or self.text[start - 1:start] == "、") \
            and bool(_COUNT_OF_THEM.match(self.text, rest.end())) and not _PLACES_COUNTED.match(self.text, rest.end())

    def _names_a_project(self, end: int, pos: int) -> bool:
        """A place naming an item of a list of works in an earlier clause (`抓好北方防沙带、雄安千年秀林、规模化林场等
        重点工程建设,…全年完成营造林600万亩`): the project's name, not the place of a figure after that clause."""
        clause = _CLAUSE_END.search(self.text, end, pos)
        return clause is not None and bool(_PROJECTS_LISTED.match(self.text, end, clause.start()))

    def _water_of_another_clause(self, start: int, end: int, name: str, pos: int) -> bool:
        """A river or lake named in an earlier clause is not the place of a figure whose own clause
        counts its scope (`青海湖水质保持自然状态,62个省级考核断面水质优良率达98.4%`: the 62 sections are
        the province's) or speaks of a class of places (`…黄河干流出境断面水质达到Ⅱ类,县级及以上城市集中式饮用水
        水源水质…达到100%`), though it is of the clauses that go on about it (`太湖湖体总磷浓度为0.061毫克/升,
        同比下降5.6%,总氮浓度为1.05毫克/升`); one named in a later clause is not the place of the figure."""
        if self.level(name) != "water_body":
            return False
        if start > pos:
            return bool(_CLAUSE_END.search(self.text, pos, start))
        if self._told_of_air(end, pos):
            return True  # (nor of the air told after it: `湟水河出境断面…,空气质量优良天数比率达到80%,今年要保持在75%以上`)
        aim = _AIM.search(self.text, max(0, start - 24), min(pos, end + 50))
        if aim is not None and aim.start() <= start and end <= aim.end() <= pos \
                and not _WATERS_OWN.search(self.text, aim.end(), pos):
            return True  # (nor the water an aim names: `以保护和改善五河干流、鄱阳湖…水质为重点目标,…到2025年新增完成3500个行政村…`;
            # but a figure of the water's own body after it is the water's: `以洱海保护治理为核心目标,…湖体总磷浓度…`)
        # (any clause between counting its scope: `滇池全湖水质Ⅳ类;27个国控地表水断面,优良水体比例为77.8%`)
        return any(_COUNTS_ITS_SCOPE.match(self.text, c.end()) or _CLASS_OF_PLACES.match(self.text, c.end())
                   for c in _CLAUSE_END.finditer(self.text, end, pos))

    @staticmethod
    def _headline_of_a_result(heading: str, end: int) -> bool:
        """A heading that tells a result after the name ending at end (`黄河干流陕西段水质连续三年全部达到Ⅱ类`), not a
        section that names a scope, numbered or an account of it (`二、沱江流域水质改善情况`)."""
        return bool(_TELLS_A_RESULT.search(heading, end)) and not re.match(HEADING_NUMBER, heading.strip()).end() \
            and not re.search(r"(?:情况|状况|概况|方面)$", heading.strip())

    def _told_of_air(self, start: int, pos: int) -> bool:
        """The figure at pos is told of the air: the last word of air or water in text[start:pos] is of the air
        (`…断面水质…,空气质量优良天数比率达到80%,今年要保持在75%以上`; not `…空气质量和水质同步改善,干流水质优良比例…`)."""
        air = [m.end() for m in _OF_AIR.finditer(self.text, start, pos)]
        if not air:
            return False
        water = [m.end() for m in _OF_WATER.finditer(self.text, start, pos)]
        return not water or air[-1] > water[-1]

    def _group_of(self, mentions: list[tuple[int, int, str]], article_index: int = 0) -> str | None:
        """`鹤壁、濮阳等7个城市的PM10…`, `中阳、柳林、方山三县`: places listed with `等` or counted after
        them are a group, and a figure
        of the group is of the place that holds them all (their nearest common ancestor).
        `mentions`: (start, end, region) in text order, the last one nearest the figure."""
        # `…等`, or the list counted as one (`中阳、柳林、方山三县`, `郑州、开封2市`)
        # (`郑州市、开封市等`; members the gazetteer does not hold may stand among them: `…铜川、杨凌等`)
        after = _UNKNOWN_MEMBERS.match(self.text, mentions[-1][1]).end()
        if not (self.text.startswith("等", after) or _PLACES_COUNTED.match(self.text, after)):
            return None
        k = self._listed_from(mentions)
        if k == len(mentions) - 1:
            # one place the gazetteer holds, counted with members it does not (`忻州、大同2市`: 大同 is a word too):
            # the place that holds it
            unknown = "、" in self.text[mentions[-1][1]:after]
            counted = _PLACES_COUNTED.match(self.text, after + 1) if self.text.startswith("等", after) else None
            if not unknown and counted:
                # (one named for a group of cities it leads, `十堰市等6个城市…`: the page's place, when it holds it; a
                # group of counties, `新乐市等10个县(市、区)`, is of the city above the one named)
                home = self.article_region(article_index)
                if home and home != mentions[-1][2] and home in self.ancestors(mentions[-1][2]) \
                        and not re.search(r"[县区]", counted.group(0)):
                    return home
                unknown = True
            return next(iter(self.ancestors(mentions[-1][2])[1:]), None) if unknown else None
        return self._holder([n for _, _, n in mentions[k:]])

    def _listed_from(self, mentions: list[tuple[int, int, str]]) -> int:
        """Where the places listed together at the end of mentions (in text order) begin: the index of the first of
        them, separated by `、`, `和` … or members the gazetteer does not hold (`汉中、西咸、咸阳`)."""
        k = len(mentions) - 1
        while k > 0 and _LIST_GAP.fullmatch(self.text[mentions[k - 1][1]:mentions[k][0]]):
            k -= 1
        return k

    def _heads_a_body(self, end: int, pos: int, shortest: int = 2) -> bool:
        """The place mention ending at `end` begins the name of a body (`海南省第五生态环境保护督察组`)
        that ends before pos (a figure's start), within its clause; `shortest`: 1 lets a one-character
        suffix make the body (`温州市委`)."""
        name = re.match(r"[\u4e00-\u9fff]{1,16}", self.text[end:pos])
        return bool(name) and any(name.group(0)[:k].endswith(self.dicts.org_suffixes)
                                  for k in range(shortest, len(name.group(0)) + 1))

    def _listed_waters(self, mentions: list[tuple[int, int, str]]) -> bool:
        """The last mention is a river or lake listed in a group (`澜沧江、长江、红河等`, `…三大水系`),
        the gazetteer's or not."""
        return self.level(mentions[-1][2]) == "water_body" and bool(_WATERS_LISTED.match(self.text, mentions[-1][1]))

    def _holder(self, names: list[str]) -> str | None:
        """The nearest region that holds all of these (the first itself, when it holds the others)."""
        first, *others = names
        holding = [set(self.ancestors(n)) for n in others]
        return next((a for a in self.ancestors(first) if all(a in h for h in holding)), None)

    def the_one_named(self, lo: int, hi: int, region: str | None, level: str = "county", at_home: bool = False) -> str | None:
        """The one county (district, banner) text[lo:hi] names, under region if given; None when it names several or
        none, or one outside region. (`level`: the one city, the same way; `at_home`: not counting a place named as where
        someone goes, `赴杭州市西湖区考察`.)"""
        found = {n for a, _, n in self.mentions_between(lo, hi) if self.level(n) == level
                 and not (at_home and _GONE_TO.search(self.text, max(0, a - 8), a))}
        if len(found) != 1:
            return None
        one = found.pop()
        return one if region is None or region in self.ancestors(one) else None

    def local_org(self, org: str, article_index: int) -> str | None:
        """An organisation named by its unit word alone, qualified with the place the page or the
        article is in: `市…` with its city or municipality, `省…`/`自治区…` with its province or
        autonomous region, `州…`/`盟…` with its autonomous prefecture or league, `区…`/`县…`/`旗…`
        with its district (only a place that ends with that unit word; else as written); None when
        the text does not say which district; other names unchanged."""
        home = self.article_region(article_index)
        unit = next((u for u in _UNIT_LEVELS if org.startswith(u)), None)
        if unit == "市":  # `市委`: of the page's city, municipality or county-level city (海林市), not a 州's
            place = self.city_of(home) or self.city_of(self.jurisdiction)
            return qualify_org(org, place) if place and place.endswith(unit) else org
        if unit:
            place = self.up_to(home, _UNIT_LEVELS[unit]) or self.up_to(self.jurisdiction, _UNIT_LEVELS[unit])
            return qualify_org(org, place) if place and place.endswith(unit) else org
        if org[0] in "区县旗":
            if self.level(home) == "county":  # `区委` on a page the gazetteer calls 茌平县 (a 区 since 2019)
                return qualify_org(org, home) if home.endswith(org[0]) else org
            # (on a page placed above it, the one county the article names: `…召开繁昌区生态环境保护工作会议。…区人大常委会
            # 主任陈某、区委副书记邓某…出席`, as the county's officials with no unit are)
            art = self.structure.articles[article_index] if article_index < len(self.structure.articles) else None
            county = self.the_one_named(art.start if art else 0, art.end if art else len(self.text), home, at_home=True) \
                if home else None  # (under a place the page is in: `鼓楼区` alone names one of several)
            return qualify_org(org, county) if county and county.endswith(org[0]) else None
        if org.endswith("厅") and not org.endswith(("办公厅", "大厅", "展厅", "餐厅")) and not org.startswith(("国", "中", "全")) \
                and not self.names_in(org):
            # `生态环境厅党组书记…` on a province's page: a 厅 is a province's department, of the page's province
            province = self.up_to(home, ("province",)) or self.up_to(self.jurisdiction, ("province",))
            return qualify_org(org, province) if province else org
        return org


# surnames that are far more often prepositions or conjunctions before a place (`来朝阳`, `由海淀`)
_FUNCTION_CHARACTERS = "于向和从经由来同比在对与及为到赴"
_ACTS_AFTER_NAME = re.compile(r"同志|指出|强调|表示|要求|主持|讲话|介绍|出席|参加|带队|调研|一行|说")


# what may follow a place in a list before its end (`等`): its unit, and members the gazetteer does not hold
_UNKNOWN_MEMBERS = re.compile(r"[市省县区]?(?:、[\u4e00-\u9fff]{2,4}?(?=[、等]|" + _PLACES_COUNTED.pattern + r"))*")
# between two listed places: a separator, members the gazetteer does not hold (`汉中、西咸、咸阳`)
_LIST_GAP = re.compile(r"[、和及与](?:[\u4e00-\u9fff]{2,4}、)*")


_ASSIGNEES = re.compile(r"(?:责任单位|牵头单位|配合单位|责任主体)[:：]")


def _assigned(text: str, pos: int) -> bool:
    """The place at pos is named in a plan's field of who carries an item out (`责任单位:介休市、平遥县、灵石县`): an
    assignee, not the place that speaks."""
    start = max(text.rfind("。", 0, pos), text.rfind("\n", 0, pos)) + 1  # (its sentence only: read in linear time)
    return _ASSIGNEES.search(text, start, pos) is not None


# a document's number (GB/T 9704's 发文字号): its issuer's code, the year in brackets, the number (`吉环领办〔2020〕3号`;
# a page may drop the closing bracket, `〔20203号`)
_DOCUMENT_NUMBER = re.compile(r"(?<![\u4e00-\u9fff])([\u4e00-\u9fff])[\u4e00-\u9fff]{1,6}[〔\[［(（]\s*(?:19|20)\d\d(?:\s*[〕\]］)）]|(?=\d))\s*\d{1,4}\s*号")


_CJK_RUN = re.compile(r"[\u4e00-\u9fff]+")


# words that tell a kind of zone in general, not one zone's name (`省级以上开发区`, `各开发区`, `重点工业园区`)
_NOT_A_ZONES_NAME = ("以上", "以下", "重点", "主要", "所有", "其他", "其它", "各", "全", "等", "个", "级", "类", "内", "新建")
# nor words opening it that no name opens with (`现有开发区`, `三大开发区`, `要把开发区建设成…`, `所属园区`; not `五里工业园区`,
# `有色金属工业园`)
_NOT_A_ZONES_START = re.compile(r"现有|共有|所属|[要把将已这该的些]|有(?!色)|[一二三四五六七八九十两几多]+[大个家类批座处项]")


_ZONE_REACH = 1 + 3 + 4 + 9  # a unit, 国家级, four characters of a name and the longest kind (高新技术产业开发区)


@lru_cache(maxsize=4)
def _zone_pattern(kinds: tuple[str, ...]) -> re.Pattern:
    """A zone's name after a place's: its unit (`市`), a mark of rank (`国家`), at most four characters of a proper
    name (no function character: `常州市在开发区…` names none) and its kind."""
    alternation = "|".join(re.escape(k) for k in sorted(kinds, key=len, reverse=True))
    return re.compile(rf"(?P<unit>[市县区])?(?:国家级?|省级)?(?P<proper>(?:(?![{_FUNCTION_CHARACTERS}的之、])[\u4e00-\u9fff]){{0,4}}?)"
                      rf"(?P<kind>{alternation})")


# the rest of a list after a name, up to the things its items name, counted (`、西利、东港等7座污水处理厂`, `…等3家企业`): not places
_THINGS_LISTED = re.compile(r"(?:、[\u4e00-\u9fff]{1,6}){0,8}等(?:\d{1,3}|[两二三四五六七八九十]{1,3})[座家所处台套]")


def _whole_word(s: str, start: int, end: int, dicts) -> bool:
    """No word of the segmented text straddles the edges of s[start:end]."""
    lo = max(0, start - 6)
    pos = lo
    for w in segmenter(dicts).cut(s[lo:end + 6]):
        a, b = pos, pos + len(w)
        if a < start < b or a < end < b:
            return False
        pos = b
    return True


_CJK_CHAR = re.compile(r"[\u4e00-\u9fff]")
_VILLAGE_AFTER = re.compile(r"[\u4e00-\u9fff]{1,3}?(?:村|社区)")
_BEFORE_A_PLACE = "到进赴在至往从向了的驻经"  # (a verb or a preposition, not a town's name, before it; not 和: `中和镇`)
_BARE_GOVERNMENT = re.compile(r"(?:省|市|区|县|州|盟|旗|自治区|自治州|自治县)政府")


def qualify_org(org: str, place: str) -> str:
    """A bare local organisation with its place: `市生态环境局` on a 昆明市 page is
    昆明市生态环境局, `区生态环境局` in an article about 五华区 is 五华区生态环境局, `自治区生态环境厅`
    on a 广西壮族自治区 page is 广西壮族自治区生态环境厅 (the unit word the place ends with, once); a
    government by its full name (`区政府` in 大渡口区: 大渡口区人民政府)."""
    if _BARE_GOVERNMENT.fullmatch(org):
        org = org[:-2] + "人民政府"
    for k in range(min(len(place), len(org)), 0, -1):
        if place.endswith(org[:k]):
            return place[:-k] + org
    if org[:1] in "省市区县州旗盟":
        return org  # `县民政局` on a page that names only its city: which county is not known
    return place + org

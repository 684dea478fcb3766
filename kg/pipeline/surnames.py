"""Chinese surnames used to validate candidate person names.

Written for this project from the common-surname rankings of the 2020
census-based lists (the ~300 most frequent single-character surnames, which
cover well over 95 % of the population) and the classical compound surnames of
the *Baijiaxing* (public domain). Simplified script; the rules run on
normalised text.
"""

from __future__ import annotations

_SINGLE = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈"
    "姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向"
    "汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕"
    "单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦"
    "褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明"
    "佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅"
    "屠豆朴盖练廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓"
    "修邰赫杭况那宿鲜印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉植"
    "衡富尧闭由萧习逄郦郗仉訾朵"
    # frequent ones the first list missed (傅 ~70th, 赖, 洪, 阎 in the top 100) and rarer ones that are no words
    "傅赖洪阎钮邴荀宓缑隗蒯厍禤郏"
    # rare surnames of officials that are no words (訚柏, 雒树刚, 笪某某)
    "訚雒笪"
    # rare surnames of national officials (怀进鹏, 咸辉, 铁凝) that open common words too: also weak, below
    "怀咸铁"
)

_COMPOUND = (
    "欧阳 司马 上官 诸葛 东方 皇甫 尉迟 公孙 慕容 令狐 长孙 宇文 司徒 夏侯 轩辕 端木 独孤 南宫 西门 "
    "百里 呼延 万俟 澹台 申屠 太史 钟离 闻人 赫连 完颜 拓跋 司空 公冶 濮阳 淳于 单于 仲孙 东郭 左丘 "
    "第五 梁丘 乐正 谷梁 羊舌 微生 公良 漆雕 壤驷 巫马 子车 颛孙 段干 亓官 司寇 拓拔"
).split()

#: every surname (single characters and compounds)
SURNAMES: frozenset[str] = frozenset(set(_SINGLE) | set(_COMPOUND))
#: single-character surnames
SINGLE_SURNAMES: frozenset[str] = frozenset(_SINGLE)
#: two-character surnames
COMPOUND_SURNAMES: frozenset[str] = frozenset(_COMPOUND)

#: surnames that are also frequent function words or word-initial morphemes;
#: a candidate name starting with one of these needs stronger evidence
WEAK_SURNAMES: frozenset[str] = frozenset("铁于和向全时高方文明元应成都来国平相原强海那南云信连关花安由利干但展常满党哈洪赖区怀咸")


def surname_of(name: str) -> str | None:
    """The surname a candidate name starts with (compound first), or None."""
    if name[:2] in COMPOUND_SURNAMES and len(name) >= 3:
        return name[:2]
    if name[:1] in SINGLE_SURNAMES:
        return name[:1]
    return None


#: common two-character elements of Tibetan personal names (Lhasa and Amdo transliterations). Tibetan
#: names have no surname; a name of two such elements (洛桑江村, 嘎玛泽登, 卓玛仁增) is taken as a name.
TIBETAN_NAME_PARTS: frozenset[str] = frozenset(
    """扎西 次仁 洛桑 罗桑 格桑 卓玛 嘎玛 噶玛 仁增 泽登 江村 达瓦 尼玛 多吉 多杰 旺堆 平措 顿珠 索朗 索南 白玛
    央金 德吉 拉巴 普布 边巴 罗布 次旦 群培 单增 丹增 旦增 强巴 赤列 益西 措姆 拉姆 曲珍 巴桑 米玛 旺姆 卓嘎
    央宗 德庆 贡布 土登 图登 坚参 坚赞 加措 嘉措 旺杰 旺久 次珍 琼达 桑杰 才让 才旦 加央 拉珍 欧珠 扎巴 吉宗
    阿旺 格列 朗杰 晋美 边珍 仓决 普琼 旦达 洛松 次央 德央 尼珍 白珍 卓嘎 泽仁 降央 降措 更登 更敦 贡嘎 杰布
    多布 旺扎 赤烈 斯郎 仁青 仁钦 次成 格勒 扎桑 达娃 巴珠 旦巴 鲁珠 吾金 洛追 仁多 达珍 玉珍 卓措 拉毛 卓玛""".split()
)


def is_tibetan_name(name: str) -> bool:
    """True for a four-character name made of two Tibetan name elements (洛桑江村)."""
    return len(name) == 4 and name[:2] in TIBETAN_NAME_PARTS and name[2:] in TIBETAN_NAME_PARTS


#: common elements of Mongolian personal names as Chinese news transliterates them (two or three characters).
#: Mongolian names have no surname; a name of two such elements (巴音朝鲁, 斯琴高娃, 额尔敦布和) is taken as a name.
#: (No place-name halves: 浩特, 察布, 郭楞, 郭勒 are left out, so 呼和浩特, 乌兰察布, 巴音郭楞 never read as names.)
MONGOLIAN_NAME_PARTS: frozenset[str] = frozenset(
    """巴音 白音 朝鲁 巴特 巴特尔 巴图 孟和 那顺 宝音 乌兰 布和 苏和 哈斯 图雅 斯琴 其其格 毕力格 乌力吉 格日勒
    阿拉坦 额尔敦 呼和 朝克 乌云 其木格 塔娜 娜仁 托娅 特古斯 满都拉 敖日格勒 道尔吉 德力格尔 那仁 布仁 巴雅尔
    图门 宝力道 青格勒 赛音 萨仁 高娃 吉日嘎拉 额尔德尼 巴特玛 达赖 乌日娜 图布信 恩和 额日和木""".split()
)


def is_mongolian_name(name: str) -> bool:
    """True for a name of four to six characters made of two Mongolian name elements (巴音朝鲁, 那顺孟和)."""
    return 4 <= len(name) <= 6 and any(name[:i] in MONGOLIAN_NAME_PARTS and name[i:] in MONGOLIAN_NAME_PARTS
                                       for i in (2, 3, 4))


#: family (clan) names of the Nuosu Yi of Liangshan and neighbouring prefectures, as news transliterates
#: them. Yi names have no Han surname: clan name + given name (帕查有格, 吉克伍呷, 阿苦日作).
YI_CLAN_NAMES: frozenset[str] = frozenset(
    """阿苦 阿西 阿约 阿吉 阿合 阿说 阿尔 阿牛 阿且 阿的 阿克 阿鲁 阿都 阿皮 阿木 阿力 吉克 吉木 吉伍 吉尔 吉史
    吉地 吉布 吉觉 吉好 吉狄 吉色 吉拉 沙马 沙玛 俄木 俄底 俄狄 曲比 曲木 曲布 马海 马黑 帕查 海来 海乃 勒尔 勒格
    莫色 瓦扎 日色 果基 苏呷 的日 拉马 安木 倮伍 木呷 尔古 依火 比曲 比其 加拉 金古 罗洪 巫其 井曲 史日 恩扎 洛古
    俄的 克其 阿育 吉列 阿朵 吉则 沙呷""".split()
)


def is_yi_name(name: str) -> bool:
    """True for a four-character name opened by a Yi clan name (帕查有格), its given name of two Han
    characters that are not function words."""
    return (len(name) == 4 and name[:2] in YI_CLAN_NAMES and all("\u4e00" <= c <= "\u9fff" for c in name[2:])
            and not any(c in "的了是在和与及等对将把被从以为书记长员" for c in name[2:]))

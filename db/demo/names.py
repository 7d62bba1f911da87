"""Word lists and name builders for synthetic demo data.

Every Japanese name is assembled from parts that carry their own katakana reading
and romanisation, so that the reading and the English name of a generated record
always match its Japanese name.  Domains end in the reserved ``example`` names
(RFC 2606, and JPRS's ``example.co.jp`` family) so that a demo database can never
send mail to, or link to, a real organisation.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from db.models import ActivityKind

# (stem, reading, romanised, prefecture, municipality suffix, telephone area code)
PLACES: tuple[tuple[str, str, str, str, str, str], ...] = (
    ("札幌", "サッポロ", "Sapporo", "北海道", "市", "011"), ("旭川", "アサヒカワ", "Asahikawa", "北海道", "市", "0166"),
    ("函館", "ハコダテ", "Hakodate", "北海道", "市", "0138"), ("青森", "アオモリ", "Aomori", "青森県", "市", "017"),
    ("弘前", "ヒロサキ", "Hirosaki", "青森県", "市", "0172"), ("盛岡", "モリオカ", "Morioka", "岩手県", "市", "019"),
    ("仙台", "センダイ", "Sendai", "宮城県", "市", "022"), ("秋田", "アキタ", "Akita", "秋田県", "市", "018"),
    ("山形", "ヤマガタ", "Yamagata", "山形県", "市", "023"), ("鶴岡", "ツルオカ", "Tsuruoka", "山形県", "市", "0235"),
    ("郡山", "コオリヤマ", "Koriyama", "福島県", "市", "024"), ("つくば", "ツクバ", "Tsukuba", "茨城県", "市", "029"),
    ("水戸", "ミト", "Mito", "茨城県", "市", "029"), ("宇都宮", "ウツノミヤ", "Utsunomiya", "栃木県", "市", "028"),
    ("前橋", "マエバシ", "Maebashi", "群馬県", "市", "027"), ("高崎", "タカサキ", "Takasaki", "群馬県", "市", "027"),
    ("川越", "カワゴエ", "Kawagoe", "埼玉県", "市", "049"), ("千葉", "チバ", "Chiba", "千葉県", "市", "043"),
    ("柏", "カシワ", "Kashiwa", "千葉県", "市", "04"), ("文京", "ブンキョウ", "Bunkyo", "東京都", "区", "03"),
    ("品川", "シナガワ", "Shinagawa", "東京都", "区", "03"), ("港", "ミナト", "Minato", "東京都", "区", "03"),
    ("中央", "チュウオウ", "Chuo", "東京都", "区", "03"), ("新宿", "シンジュク", "Shinjuku", "東京都", "区", "03"),
    ("八王子", "ハチオウジ", "Hachioji", "東京都", "市", "042"), ("横浜", "ヨコハマ", "Yokohama", "神奈川県", "市", "045"),
    ("川崎", "カワサキ", "Kawasaki", "神奈川県", "市", "044"), ("藤沢", "フジサワ", "Fujisawa", "神奈川県", "市", "0466"),
    ("横須賀", "ヨコスカ", "Yokosuka", "神奈川県", "市", "046"), ("相模原", "サガミハラ", "Sagamihara", "神奈川県", "市", "042"),
    ("新潟", "ニイガタ", "Niigata", "新潟県", "市", "025"), ("富山", "トヤマ", "Toyama", "富山県", "市", "076"),
    ("金沢", "カナザワ", "Kanazawa", "石川県", "市", "076"), ("福井", "フクイ", "Fukui", "福井県", "市", "0776"),
    ("甲府", "コウフ", "Kofu", "山梨県", "市", "055"), ("松本", "マツモト", "Matsumoto", "長野県", "市", "0263"),
    ("岐阜", "ギフ", "Gifu", "岐阜県", "市", "058"), ("静岡", "シズオカ", "Shizuoka", "静岡県", "市", "054"),
    ("浜松", "ハママツ", "Hamamatsu", "静岡県", "市", "053"), ("名古屋", "ナゴヤ", "Nagoya", "愛知県", "市", "052"),
    ("豊橋", "トヨハシ", "Toyohashi", "愛知県", "市", "0532"), ("大津", "オオツ", "Otsu", "滋賀県", "市", "077"),
    ("京都", "キョウト", "Kyoto", "京都府", "市", "075"), ("大阪", "オオサカ", "Osaka", "大阪府", "市", "06"),
    ("吹田", "スイタ", "Suita", "大阪府", "市", "06"), ("堺", "サカイ", "Sakai", "大阪府", "市", "072"),
    ("神戸", "コウベ", "Kobe", "兵庫県", "市", "078"), ("姫路", "ヒメジ", "Himeji", "兵庫県", "市", "079"),
    ("奈良", "ナラ", "Nara", "奈良県", "市", "0742"), ("和歌山", "ワカヤマ", "Wakayama", "和歌山県", "市", "073"),
    ("鳥取", "トットリ", "Tottori", "鳥取県", "市", "0857"), ("松江", "マツエ", "Matsue", "島根県", "市", "0852"),
    ("岡山", "オカヤマ", "Okayama", "岡山県", "市", "086"), ("広島", "ヒロシマ", "Hiroshima", "広島県", "市", "082"),
    ("徳島", "トクシマ", "Tokushima", "徳島県", "市", "088"), ("高松", "タカマツ", "Takamatsu", "香川県", "市", "087"),
    ("松山", "マツヤマ", "Matsuyama", "愛媛県", "市", "089"), ("高知", "コウチ", "Kochi", "高知県", "市", "088"),
    ("福岡", "フクオカ", "Fukuoka", "福岡県", "市", "092"), ("北九州", "キタキュウシュウ", "Kitakyushu", "福岡県", "市", "093"),
    ("久留米", "クルメ", "Kurume", "福岡県", "市", "0942"), ("佐賀", "サガ", "Saga", "佐賀県", "市", "0952"),
    ("長崎", "ナガサキ", "Nagasaki", "長崎県", "市", "095"), ("熊本", "クマモト", "Kumamoto", "熊本県", "市", "096"),
    ("大分", "オオイタ", "Oita", "大分県", "市", "097"), ("宮崎", "ミヤザキ", "Miyazaki", "宮崎県", "市", "0985"),
    ("鹿児島", "カゴシマ", "Kagoshima", "鹿児島県", "市", "099"), ("那覇", "ナハ", "Naha", "沖縄県", "市", "098"),
)

# Prefixes that make new place names from old ones, as 東大阪 or 新横浜 do: (written, reading, romanised).
PLACE_PREFIXES: tuple[tuple[str, str, str], ...] = (
    ("東", "ヒガシ", "Higashi"), ("西", "ニシ", "Nishi"), ("南", "ミナミ", "Minami"), ("北", "キタ", "Kita"),
    ("新", "シン", "Shin"),
)
# Units of a university that sign agreements of their own.
UNIVERSITY_UNITS: tuple[tuple[str, str, str], ...] = (
    ("", "", ""), ("", "", ""), ("医学部", "イガクブ", "School of Medicine"),
    ("薬学部", "ヤクガクブ", "Faculty of Pharmaceutical Sciences"),
    ("産学連携本部", "サンガクレンケイホンブ", "Office of Industry-Academia Collaboration"),
    ("大学院医学系研究科", "ダイガクインイガクケイケンキュウカ", "Graduate School of Medicine"),
)

# Prefectures as local governments: (name, reading, English name).
PREFECTURES: tuple[tuple[str, str, str], ...] = (
    ("北海道", "ホッカイドウ", "Hokkaido Government"), ("青森県", "アオモリケン", "Aomori Prefecture"),
    ("宮城県", "ミヤギケン", "Miyagi Prefecture"), ("山形県", "ヤマガタケン", "Yamagata Prefecture"),
    ("茨城県", "イバラキケン", "Ibaraki Prefecture"), ("群馬県", "グンマケン", "Gunma Prefecture"),
    ("埼玉県", "サイタマケン", "Saitama Prefecture"), ("千葉県", "チバケン", "Chiba Prefecture"),
    ("東京都", "トウキョウト", "Tokyo Metropolitan Government"), ("新潟県", "ニイガタケン", "Niigata Prefecture"),
    ("石川県", "イシカワケン", "Ishikawa Prefecture"), ("長野県", "ナガノケン", "Nagano Prefecture"),
    ("静岡県", "シズオカケン", "Shizuoka Prefecture"), ("愛知県", "アイチケン", "Aichi Prefecture"),
    ("三重県", "ミエケン", "Mie Prefecture"), ("京都府", "キョウトフ", "Kyoto Prefecture"),
    ("兵庫県", "ヒョウゴケン", "Hyogo Prefecture"), ("岡山県", "オカヤマケン", "Okayama Prefecture"),
    ("広島県", "ヒロシマケン", "Hiroshima Prefecture"), ("香川県", "カガワケン", "Kagawa Prefecture"),
    ("福岡県", "フクオカケン", "Fukuoka Prefecture"), ("熊本県", "クマモトケン", "Kumamoto Prefecture"),
    ("鹿児島県", "カゴシマケン", "Kagoshima Prefecture"), ("沖縄県", "オキナワケン", "Okinawa Prefecture"),
)

# Sections of a local government that a partnership office deals with.
GOVERNMENT_SECTIONS: tuple[tuple[str, str, str], ...] = (
    ("", "", ""),
    ("健康福祉局", "ケンコウフクシキョク", "Health and Welfare Bureau"),
    ("経済局", "ケイザイキョク", "Economic Affairs Bureau"),
    ("産業振興課", "サンギョウシンコウカ", "Industrial Promotion Division"),
    ("医療政策課", "イリョウセイサクカ", "Medical Policy Division"),
    ("科学技術振興課", "カガクギジュツシンコウカ", "Science and Technology Promotion Division"),
)

# Overseas places: (English, katakana, country, region)
ABROAD: tuple[tuple[str, str, str, str | None], ...] = (
    ("Boston", "ボストン", "US", "Massachusetts"), ("Cambridge", "ケンブリッジ", "US", "Massachusetts"),
    ("San Francisco", "サンフランシスコ", "US", "California"), ("San Diego", "サンディエゴ", "US", "California"),
    ("Seattle", "シアトル", "US", "Washington"), ("Houston", "ヒューストン", "US", "Texas"),
    ("Philadelphia", "フィラデルフィア", "US", "Pennsylvania"), ("Raleigh", "ローリー", "US", "North Carolina"),
    ("London", "ロンドン", "GB", "England"), ("Oxford", "オックスフォード", "GB", "England"),
    ("Manchester", "マンチェスター", "GB", "England"), ("Edinburgh", "エディンバラ", "GB", "Scotland"),
    ("Paris", "パリ", "FR", "Île-de-France"), ("Lyon", "リヨン", "FR", "Auvergne-Rhône-Alpes"),
    ("Marseille", "マルセイユ", "FR", "Provence-Alpes-Côte d'Azur"), ("Strasbourg", "ストラスブール", "FR", "Grand Est"),
    ("Berlin", "ベルリン", "DE", "Berlin"), ("Munich", "ミュンヘン", "DE", "Bavaria"),
    ("Heidelberg", "ハイデルベルク", "DE", "Baden-Württemberg"), ("Hamburg", "ハンブルク", "DE", "Hamburg"),
    ("Singapore", "シンガポール", "SG", None),
)
COUNTRY_WEIGHTS = {"JP": 85, "US": 5, "GB": 3, "FR": 2, "DE": 3, "SG": 2}
LEGAL_FORM_ABROAD = {"US": "Inc.", "GB": "Ltd.", "FR": "SAS", "DE": "GmbH", "SG": "Pte. Ltd."}

# Company names: a first part (a place or a coined word) and a field of business.
COINED: tuple[tuple[str, str], ...] = (
    ("アクシス", "Axis"), ("アルファ", "Alpha"), ("ミライ", "Mirai"), ("サクラ", "Sakura"), ("ヒカリ", "Hikari"),
    ("アオバ", "Aoba"), ("ソラ", "Sora"), ("ノヴァ", "Nova"), ("オーロラ", "Aurora"), ("ルミナ", "Lumina"),
    ("ステラ", "Stella"), ("ヘリックス", "Helix"), ("ジェネシス", "Genesis"), ("ベクター", "Vector"),
    ("プリズム", "Prism"), ("コスモ", "Cosmo"), ("クレスト", "Crest"), ("フロンティア", "Frontier"),
    ("オメガ", "Omega"), ("リーフ", "Leaf"),
)
FIELDS: tuple[tuple[str, str], ...] = (
    ("バイオ", "Bio"), ("ファーマ", "Pharma"), ("メディカル", "Medical"), ("セラピューティクス", "Therapeutics"),
    ("ジェノミクス", "Genomics"), ("ヘルスケア", "Healthcare"), ("ダイアグノスティクス", "Diagnostics"),
    ("バイオサイエンス", "Bioscience"), ("メドテック", "MedTech"), ("セルセラピー", "Cell Therapy"),
    ("デジタルヘルス", "Digital Health"), ("ライフサイエンス", "Life Sciences"),
)
COMPANY_ENDINGS: tuple[tuple[str, str], ...] = (
    ("", ""), ("", ""), ("ラボ", "Labs"), ("テクノロジーズ", "Technologies"), ("ソリューションズ", "Solutions"),
    ("ジャパン", "Japan"), ("イノベーションズ", "Innovations"),
)

# Per kind, Japanese place-name patterns: (Japanese, reading, English, domain word).  The legal
# form written before a name (公益財団法人…) is left out of the reading, as Japanese indexes do.
PATTERNS: dict[str, tuple[tuple[str, str, str, str], ...]] = {
    "university": (
        ("{j}大学", "{k}ダイガク", "{e} University", "u"),
        ("{j}医科大学", "{k}イカダイガク", "{e} Medical University", "med-u"),
        ("{j}薬科大学", "{k}ヤッカダイガク", "{e} University of Pharmacy", "pharm-u"),
        ("{j}工業大学", "{k}コウギョウダイガク", "{e} Institute of Technology", "tech"),
        ("{j}保健医療大学", "{k}ホケンイリョウダイガク", "{e} University of Health Sciences", "hs-u"),
    ),
    "research_institute": (
        ("{j}生命科学研究所", "{k}セイメイカガクケンキュウジョ", "{e} Institute for Life Sciences", "ls"),
        ("{j}医学研究所", "{k}イガクケンキュウジョ", "{e} Institute of Medical Research", "imr"),
        ("{j}バイオテクノロジー研究センター", "{k}バイオテクノロジーケンキュウセンター",
         "{e} Biotechnology Research Center", "brc"),
        ("{j}再生医療研究所", "{k}サイセイイリョウケンキュウジョ", "{e} Institute for Regenerative Medicine", "irm"),
        ("{j}ゲノム医科学研究所", "{k}ゲノムイカガクケンキュウジョ", "{e} Institute of Genomic Medicine", "igm"),
    ),
    "hospital": (
        ("{j}総合病院", "{k}ソウゴウビョウイン", "{e} General Hospital", "gh"),
        ("{j}中央病院", "{k}チュウオウビョウイン", "{e} Central Hospital", "ch"),
        ("{j}医療センター", "{k}イリョウセンター", "{e} Medical Center", "mc"),
        ("{j}がんセンター", "{k}ガンセンター", "{e} Cancer Center", "cc"),
        ("{j}記念病院", "{k}キネンビョウイン", "{e} Memorial Hospital", "mh"),
    ),
    "industry_association": (
        ("{j}バイオ産業協会", "{k}バイオサンギョウキョウカイ", "{e} Bioindustry Association", "bio"),
        ("{j}ライフサイエンス振興協議会", "{k}ライフサイエンスシンコウキョウギカイ",
         "{e} Life Science Promotion Council", "lsc"),
        ("{j}医療機器産業協議会", "{k}イリョウキキサンギョウキョウギカイ", "{e} Medical Device Industry Council", "mdic"),
        ("一般社団法人{j}ヘルスケア産業協会", "{k}ヘルスケアサンギョウキョウカイ",
         "{e} Healthcare Industry Association", "hia"),
    ),
    "foundation": (
        ("公益財団法人{j}医学振興財団", "{k}イガクシンコウザイダン", "{e} Foundation for Medical Science", "fms"),
        ("公益財団法人{j}産業振興財団", "{k}サンギョウシンコウザイダン", "{e} Industrial Promotion Foundation", "ipf"),
        ("一般財団法人{j}生命科学財団", "{k}セイメイカガクザイダン", "{e} Life Science Foundation", "lsf"),
    ),
    "research_park": (
        ("{j}リサーチパーク", "{k}リサーチパーク", "{e} Research Park", "rp"),
        ("{j}サイエンスパーク", "{k}サイエンスパーク", "{e} Science Park", "sp"),
        ("{j}バイオインキュベーションセンター", "{k}バイオインキュベーションセンター", "{e} Bio Incubation Center", "bic"),
    ),
    "other": (
        ("{j}ヘルスケア推進コンソーシアム", "{k}ヘルスケアスイシンコンソーシアム", "{e} Healthcare Consortium", "hc"),
        ("{j}イノベーションハブ", "{k}イノベーションハブ", "{e} Innovation Hub", "hub"),
        ("{j}医工連携推進機構", "{k}イコウレンケイスイシンキコウ", "{e} Medical Engineering Collaboration Agency", "mec"),
        ("NPO法人{j}患者支援ネットワーク", "{k}カンジャシエンネットワーク", "{e} Patient Support Network", "psn"),
    ),
}
# Overseas organisations are named in English first; the Japanese name is its katakana rendering.
PATTERNS_ABROAD: dict[str, tuple[str, str, str]] = {
    "university": ("{e} Medical University", "{k}医科大学", "{k}イカダイガク"),
    "research_institute": ("{e} Institute for Biomedical Research", "{k}生物医学研究所", "{k}セイブツイガクケンキュウジョ"),
    "hospital": ("{e} General Hospital", "{k}総合病院", "{k}ソウゴウビョウイン"),
    "industry_association": ("{e} Life Sciences Association", "{k}ライフサイエンス協会", "{k}ライフサイエンスキョウカイ"),
    "foundation": ("{e} Foundation for Medical Research", "{k}医学研究財団", "{k}イガクケンキュウザイダン"),
    "research_park": ("{e} Science Park", "{k}サイエンスパーク", "{k}サイエンスパーク"),
    "other": ("{e} Biotech Cluster", "{k}バイオクラスター", "{k}バイオクラスター"),
}
KIND_WEIGHTS = {
    "company": 30, "university": 12, "research_institute": 12, "hospital": 12, "city": 8, "prefecture": 3,
    "industry_association": 6, "foundation": 6, "research_park": 4, "other": 7,
}

# People: (written, reading, romanised).  Romanisation is plain ASCII so it fits an e-mail address.
FAMILY_NAMES: tuple[tuple[str, str, str], ...] = (
    ("佐藤", "サトウ", "Sato"), ("鈴木", "スズキ", "Suzuki"), ("高橋", "タカハシ", "Takahashi"),
    ("田中", "タナカ", "Tanaka"), ("伊藤", "イトウ", "Ito"), ("渡辺", "ワタナベ", "Watanabe"),
    ("山本", "ヤマモト", "Yamamoto"), ("中村", "ナカムラ", "Nakamura"), ("小林", "コバヤシ", "Kobayashi"),
    ("加藤", "カトウ", "Kato"), ("吉田", "ヨシダ", "Yoshida"), ("山田", "ヤマダ", "Yamada"),
    ("佐々木", "ササキ", "Sasaki"), ("山口", "ヤマグチ", "Yamaguchi"), ("松本", "マツモト", "Matsumoto"),
    ("井上", "イノウエ", "Inoue"), ("木村", "キムラ", "Kimura"), ("林", "ハヤシ", "Hayashi"),
    ("斎藤", "サイトウ", "Saito"), ("清水", "シミズ", "Shimizu"), ("山崎", "ヤマザキ", "Yamazaki"),
    ("森", "モリ", "Mori"), ("池田", "イケダ", "Ikeda"), ("橋本", "ハシモト", "Hashimoto"),
    ("阿部", "アベ", "Abe"), ("石川", "イシカワ", "Ishikawa"), ("山下", "ヤマシタ", "Yamashita"),
    ("中島", "ナカジマ", "Nakajima"), ("石井", "イシイ", "Ishii"), ("小川", "オガワ", "Ogawa"),
    ("前田", "マエダ", "Maeda"), ("岡田", "オカダ", "Okada"), ("長谷川", "ハセガワ", "Hasegawa"),
    ("藤田", "フジタ", "Fujita"), ("後藤", "ゴトウ", "Goto"), ("近藤", "コンドウ", "Kondo"),
    ("村上", "ムラカミ", "Murakami"), ("遠藤", "エンドウ", "Endo"), ("青木", "アオキ", "Aoki"),
    ("坂本", "サカモト", "Sakamoto"),
)
GIVEN_NAMES: tuple[tuple[str, str, str], ...] = (
    ("翔太", "ショウタ", "Shota"), ("大輔", "ダイスケ", "Daisuke"), ("健太", "ケンタ", "Kenta"),
    ("拓也", "タクヤ", "Takuya"), ("直樹", "ナオキ", "Naoki"), ("誠", "マコト", "Makoto"),
    ("浩", "ヒロシ", "Hiroshi"), ("隆", "タカシ", "Takashi"), ("亮", "リョウ", "Ryo"),
    ("学", "マナブ", "Manabu"), ("健一", "ケンイチ", "Kenichi"), ("和也", "カズヤ", "Kazuya"),
    ("聡", "サトシ", "Satoshi"), ("剛", "ツヨシ", "Tsuyoshi"), ("美咲", "ミサキ", "Misaki"),
    ("陽子", "ヨウコ", "Yoko"), ("恵", "メグミ", "Megumi"), ("由美", "ユミ", "Yumi"),
    ("裕子", "ユウコ", "Yuko"), ("愛", "アイ", "Ai"), ("真由美", "マユミ", "Mayumi"),
    ("彩", "アヤ", "Aya"), ("直子", "ナオコ", "Naoko"), ("智子", "トモコ", "Tomoko"),
    ("香織", "カオリ", "Kaori"), ("千尋", "チヒロ", "Chihiro"), ("明美", "アケミ", "Akemi"),
    ("麻衣", "マイ", "Mai"), ("結衣", "ユイ", "Yui"), ("陽菜", "ヒナ", "Hina"),
)
# Overseas contacts are kept under their English name with a katakana reading.
FOREIGN_GIVEN: tuple[tuple[str, str], ...] = (
    ("Emily", "エミリー"), ("James", "ジェームズ"), ("Sarah", "サラ"), ("David", "デイビッド"),
    ("Michael", "マイケル"), ("Laura", "ローラ"), ("Thomas", "トーマス"), ("Anna", "アンナ"),
    ("Claire", "クレール"), ("Pierre", "ピエール"), ("Sophie", "ソフィー"), ("Lukas", "ルーカス"),
    ("Felix", "フェリックス"), ("Wei", "ウェイ"),
)
FOREIGN_FAMILY: tuple[tuple[str, str], ...] = (
    ("Smith", "スミス"), ("Johnson", "ジョンソン"), ("Brown", "ブラウン"), ("Taylor", "テイラー"),
    ("Wilson", "ウィルソン"), ("Martin", "マルタン"), ("Bernard", "ベルナール"), ("Dubois", "デュボワ"),
    ("Schmidt", "シュミット"), ("Weber", "ヴェーバー"), ("Tan", "タン"), ("Lim", "リム"), ("Lee", "リー"),
)

TITLES_JA = {
    "academic": ("教授", "准教授", "主任研究員", "部長", "課長", "室長"),
    "government": ("部長", "課長", "係長", "主査", "主事"),
    "business": ("部長", "課長", "室長", "主任研究員", "マネージャー"),
    "association": ("事務局長", "部長", "課長", "担当"),
}
DEPARTMENTS_JA = {
    "academic": ("産学連携推進本部", "研究推進部", "国際連携課", "知的財産部", "医療連携室"),
    "government": ("産業振興課", "医療政策課", "国際課", "企画調整課"),
    "business": ("事業開発部", "経営企画部", "研究開発本部", "オープンイノベーション推進室"),
    "association": ("事務局", "企画部", "会員サービス課"),
}
TITLES_EN = ("Director of Business Development", "Head of International Partnerships", "Professor",
             "Programme Manager", "Chief Executive Officer", "Senior Scientist")
DEPARTMENTS_EN = ("Business Development", "International Relations", "Technology Transfer Office",
                  "Research Office")
KIND_GROUP = {
    "university": "academic", "research_institute": "academic", "hospital": "academic",
    "city": "government", "prefecture": "government", "company": "business",
}

TOPICS: tuple[tuple[str, str], ...] = (
    ("再生医療", "regenerative medicine"), ("創薬", "drug discovery"), ("医療機器", "medical devices"),
    ("デジタルヘルス", "digital health"), ("ゲノム医療", "genomic medicine"), ("未病", "pre-symptomatic care"),
    ("細胞治療", "cell therapy"), ("AI創薬", "AI-driven drug discovery"), ("診断薬", "diagnostics"),
)
TAGS = tuple(ja for ja, _ in TOPICS)

# Addresses: town names in Japan, street names abroad.
TOWNS = ("本町", "中央", "栄町", "緑町", "旭町", "大手町", "幸町")
STREETS = ("Science Park Road", "Innovation Drive", "Harbour Street", "Market Street", "University Avenue")

SIGNER_TITLES = {
    "university": ("学長", "President"), "research_institute": ("所長", "Director"),
    "hospital": ("病院長", "Hospital Director"), "company": ("代表取締役社長", "President and CEO"),
    "city": ("市長", "Mayor"), "prefecture": ("知事", "Governor"), "industry_association": ("会長", "Chair"),
    "foundation": ("理事長", "Chair of the Board"), "research_park": ("代表取締役", "Managing Director"),
    "other": ("代表", "Representative"),
}
OUR_TITLES = (("理事", "Director"), ("専務理事", "Executive Director"), ("事務局長", "Secretary General"))
SCOPES = {
    "mou": (("活動、イベント、プログラム等における共催、協賛、告知等", "Co-hosting, sponsoring and announcing events"),
            ("刊行物、資料、情報の交換", "Exchange of publications, materials and information"),
            ("相互の訪問", "Mutual visits"), ("人材の交流", "Exchange of personnel")),
    "collaboration": (("共同研究の実施", "Joint research"), ("研究成果の共同発表", "Joint publication of results"),
                      ("知的財産の取扱い", "Handling of intellectual property")),
    "nda": (("秘密情報の相互開示と管理", "Mutual disclosure and protection of confidential information"),),
}
# Activities under an agreement: (kind, Japanese title, English title) with {t}/{te} a topic, {o}/{oe} the partner.
ACTIVITIES = (
    (ActivityKind.CO_HOSTED_EVENT, "{t}共催セミナー", "Co-hosted seminar on {te}"),
    (ActivityKind.SPONSORSHIP, "{t}シンポジウムへの協賛", "Sponsorship of a symposium on {te}"),
    (ActivityKind.VISIT, "{o}訪問", "Visit to {oe}"),
    (ActivityKind.MATERIALS_EXCHANGE, "刊行物・資料の交換", "Exchange of publications and materials"),
    (ActivityKind.MEETING, "{t}に関する定例打合せ", "Regular meeting on {te}"),
)


@dataclass(frozen=True)
class OrganisationName:
    """A generated organisation's names and the parts its other fields are made from."""

    name_ja: str
    name_en: str
    name_kana: str
    country: str
    region: str | None
    city: str | None
    domain: str
    area_code: str | None


def _slug(text: str) -> str:
    return "".join(c for c in text.lower().replace(" ", "-") if c.isascii() and (c.isalnum() or c == "-"))


def organisation_name(rng: random.Random, kind: str) -> OrganisationName:
    """A plausible organisation of ``kind``, mostly Japanese, with consistent names and reading."""
    country = rng.choices(tuple(COUNTRY_WEIGHTS), tuple(COUNTRY_WEIGHTS.values()))[0]
    if kind in ("city", "prefecture"):
        country = "JP"  # only Japanese local governments are modelled by these kinds
    if country != "JP":
        return _abroad(rng, kind, country)
    stem, kana, roman, prefecture, suffix, area = rng.choice(PLACES)
    city = stem + suffix
    if kind not in ("city", "prefecture") and stem[0] not in "東西南北新" and rng.random() < 0.3:
        before, before_kana, before_roman = rng.choice(PLACE_PREFIXES)
        stem, kana, roman = before + stem, before_kana + kana, f"{before_roman}-{roman}"
    if kind == "prefecture":
        name, reading, english = rng.choice(PREFECTURES)
        section, section_kana, section_en = rng.choice(GOVERNMENT_SECTIONS)
        domain = f"pref.{_slug(english.split()[0])}.example.lg.jp"
        return OrganisationName(name + section, english + (f", {section_en}" if section_en else ""),
                                reading + section_kana, "JP", name, None, domain, area)
    if kind == "city":
        section, section_kana, section_en = rng.choice(GOVERNMENT_SECTIONS)
        english = f"{roman} City" + (f", {section_en}" if section_en else "")
        reading = kana + ("シ" if suffix == "市" else "ク") + section_kana
        return OrganisationName(city + section, english, reading, "JP", prefecture, city,
                                f"city.{_slug(roman)}.example.lg.jp", area)
    if kind == "company":
        if rng.random() < 0.5:
            first_ja, first_kana, first_en = stem, kana, roman
        else:
            first_kana, first_en = rng.choice(COINED)
            first_ja = first_kana
        field_kana, field_en = rng.choice(FIELDS)
        end_kana, end_en = rng.choice(COMPANY_ENDINGS)
        core_ja = first_ja + field_kana + end_kana
        english = " ".join(p for p in (first_en, field_en, end_en) if p)
        legal_en = rng.choice(("Inc.", "Co., Ltd."))
        name_ja = core_ja + "株式会社" if rng.random() < 0.6 else "株式会社" + core_ja
        return OrganisationName(name_ja, f"{english} {legal_en}", first_kana + field_kana + end_kana, "JP",
                                prefecture, city, f"{_slug(english)}.example.co.jp", area)
    pattern_ja, pattern_kana, pattern_en, word = rng.choice(PATTERNS[kind])
    name_ja, name_en, reading = pattern_ja.format(j=stem), pattern_en.format(e=roman), pattern_kana.format(k=kana)
    tld = "example.or.jp"
    if kind == "university":
        tld = "example.ac.jp"
        unit, unit_kana, unit_en = rng.choice(UNIVERSITY_UNITS)
        name_ja, reading, name_en = name_ja + unit, reading + unit_kana, f"{name_en}, {unit_en}" if unit else name_en
    return OrganisationName(name_ja, name_en, reading, "JP", prefecture, city, f"{_slug(roman)}-{word}.{tld}", area)


def _abroad(rng: random.Random, kind: str, country: str) -> OrganisationName:
    places = [p for p in ABROAD if p[2] == country]
    city_en, city_kana, _, region = rng.choice(places)
    if kind == "company":
        field_kana, field_en = rng.choice(FIELDS)
        english = f"{city_en} {field_en} {LEGAL_FORM_ABROAD[country]}"
        return OrganisationName(f"{city_kana}・{field_kana}社", english, city_kana + field_kana, country, region,
                                city_en, f"{_slug(city_en)}-{_slug(field_en)}.example.com", None)
    pattern_en, pattern_ja, pattern_kana = PATTERNS_ABROAD[kind]
    english = pattern_en.format(e=city_en)
    return OrganisationName(pattern_ja.format(k=city_kana), english, pattern_kana.format(k=city_kana), country,
                            region, city_en, f"{_slug(english)}.example.org", None)

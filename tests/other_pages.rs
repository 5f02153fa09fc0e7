//! Pages of other themes and other layouts than the seed's, written for these
//! tests in the series' template (介護, 外国人留学生, 就職氷河期世代, がん患者の
//! 就労支援, 建設業・農業の担い手, ひとり親, 新型コロナ離職者, 精神障害者の職場
//! 定着, 高校生の地元就職, 離島の人手不足, 女性の再就職), scrambled as the PDF
//! conversion scrambles them. The expectations are what a reader of each page
//! writes down.

mod common;

use common::{captions_of, comments_of, paragraphs, parties_of, read_page, roles_of, written};

use jirei::model::{Case, PartyKind};
use jirei::normalize::squeeze;

fn phone_of(c: &Case) -> Option<&str> {
    c.contact.as_ref().and_then(|x| x.phone.as_deref())
}

/// A cover and a table of contents before the case, pages cut by form feeds;
/// the title after the banner and the party row; the contents of the sections
/// above a row of headings, a comment between them; a photo caption below the
/// role blocks.
const COVER_CONTENTS_AND_A_CASE: &str = "\
令和３年度
国と地方自治体の連携による
雇用対策好事例集

令和４年３月
厚生労働省職業安定局
\u{000C}目　次
１．介護人材の確保に向けた合同面接会（福井県越前市）・・・・・・１
２．外国人留学生の県内就職支援（岐阜県）・・・・・・・・・・・・２
\u{000C}国と地方自治体の連携による雇用対策好事例

【福井県越前市】 【福井労働局ハローワーク武生】

介護の仕事に関心のある求職者と事業所をつなぐ
「介護のしごと合同面接会」を開催

介護職場の人手不足が深刻化しており、市内の介護事業所から
人材確保の支援を求める声が多い。介護の仕事への理解を深め、
求職者と事業所の出会いの場を設けることで、人材確保を図る。

市とハローワークが共同で、市内の介護事業所が参加する合同面接会を
開催。面接会の前に介護職員による仕事紹介と、初任者研修の案内を行った。
・日時：令和３年１１月１０日（水）１３時～１６時
・会場：越前市文化センター

＜越前市コメント＞
介護の現場を知ってもらう良い機会と
なった。今後も定期的に開催したい。

◆参加事業所１８社、来場者４２名、うち８名が採用内定
◆来場者アンケートでは「介護の仕事のイメージが変わった」
との声が多く聞かれた。

【課題・目的】

【実施概要】

【効果】

【役割分担】

【越前市】
◆会場の確保、市広報での周知
◆介護事業所への参加要請

【ハローワーク】
◆求人の受理、求職者への参加勧奨
◆当日の面接の調整

面接会の様子

≪照会先≫ 福井労働局職業安定部職業安定課 （ＴＥＬ：０７７６－２６－８６０９）
";

/// A comment first, two headings on one line above the party row, the
/// title between two role blocks (one shared by two names), a mascot, the
/// effect under its heading with a box of companies' voices, the banner last.
const BANNER_LAST_AND_A_JOINT_ROLE_BOX: &str = "\
＜岐阜県のコメント＞
留学生の県内定着は、県の産業を支える
人材確保の面からも重要。大学や企業と
連携して取組を広げていきたい。

【課題・目的】 【実施概要】

【岐阜県】 【岐阜労働局ハローワーク岐阜】

県内の大学で学ぶ外国人留学生の多くが、卒業後に県外や
母国で就職しており、県内企業の人材確保につながっていない。
留学生と県内企業との出会いの場をつくり、県内就職を促進する。

県とハローワークが共同で「外国人留学生就職面接会」を開催。
事前に就職ガイダンスを行い、日本の就職活動の流れや
在留資格の変更手続について説明した。

【役割分担】

【岐阜県】【岐阜県国際交流センター】
◆大学への周知、留学生への参加勧奨
◆参加企業の募集

外国人留学生の県内就職に向けた面接会を共同開催

【ハローワーク】
◆求人の確保、面接の調整
◆在留資格に関する相談対応

ミナモ

【効果】
参加企業２４社、参加留学生６５名のうち、１１名が内定。
＜参加企業の声＞
◆日本語が堪能で意欲の高い学生と出会えた。

≪照会先≫ 岐阜労働局職業安定部職業対策課 （ＴＥＬ：０５８－２４５－１３１４）

国と地方自治体の連携による雇用対策好事例
";

/// Squeezed: every heading glued to the start of its content's first line,
/// and a headline with a subtitle set off by tildes on the line below.
const SUBTITLE_AND_GLUED_HEADINGS: &str = "\
国と地方自治体の連携による雇用対策好事例
【広島県】【広島労働局ハローワーク広島】
就職氷河期世代の正社員就職を県と国が一体で支援
～専門窓口と職場実習の組合せ～
【課題・目的】不安定な就労を続ける就職氷河期世代の方は、
正社員としての職務経験が乏しく、応募をためらう方が多い。
一人ひとりに寄り添った支援で正社員就職の実現を図る。
【実施概要】ハローワークの専門窓口で担当者制の職業相談を行い、
県が委託する職場実習（５日間）と組み合わせて支援。
実習先の企業には県が協力金を支給した。
【役割分担】
【広島県】
◆職場実習先の開拓、協力金の支給
◆セミナーの開催
【ハローワーク】
◆専門窓口での担当者制による職業相談
◆実習後の職業紹介
【効果】実習参加者３８名のうち２５名が正社員として就職。
＜広島県コメント＞
実習を経た就職は定着率も高く、手応えを感じている。
＜労働局コメント＞
県との役割分担が明確で、支援が円滑に進んだ。
≪照会先≫ 広島労働局職業安定部職業安定課（ＴＥＬ：０８２－５０２－７８３１）
";

/// Other heading words in a row (【背景・目的】【取組内容】【成果】, 【連携体制】
/// for the role blocks), a shared role block 【共通】, a comment of a hospital
/// (…のコメント).
const OTHER_HEADING_WORDS: &str = "\
がん患者等の治療と仕事の両立に向けた就職支援

国と地方自治体の連携による雇用対策好事例

【背景・目的】

【取組内容】

【成果】

【青森県】 【青森労働局ハローワーク青森】

【連携体制】

がん治療の進歩により、治療を続けながら働く方が増えている。
一方で、治療と仕事の両立に悩み離職する方も多く、病院と
ハローワークが連携した相談体制の整備が求められている。

県立中央病院のがん相談支援センターにハローワークの就職支援
ナビゲーターが月２回出張し、治療中の方の職業相談を実施。
主治医の意見書を踏まえ、通院に配慮した求人を紹介している。

◆相談件数は延べ１２０件、新規求職者４０名、就職者２２名。
◆病院内で相談できるため、体調に不安のある方も利用しやすい。

【青森県】
◆がん相談支援センターでの相談者の案内
◆相談場所の提供

【ハローワーク】
◆出張相談の実施
◆通院に配慮した求人の開拓

【共通】
◆事例検討会の開催

＜青森県立中央病院のコメント＞
患者さんから「病院で仕事の相談もできて安心」
との声が寄せられている。

≪照会先≫ 青森労働局職業安定部職業安定課 ℡：017-721-2000 https://jsite.mhlw.go.jp/aomori-roudoukyoku/
";

/// Two pages cut by form feeds that open the pages' first lines; the first
/// page's title under the party row; the second page opens with its effect's
/// bullets above their heading, and a mascot stands below the role blocks.
const TWO_PAGES_EFFECT_FIRST: &str = "\
\u{000C}【高知県】 【高知労働局ハローワーク高知】
建設業の担い手確保に向けた「建設業しごと体験会」を開催

国と地方自治体の連携による雇用対策好事例

【課題・目的】

【実施概要】

【役割分担】

【効果】

建設業では就業者の高齢化が進み、若い担い手の確保が
喫緊の課題となっている。若者や女性に建設業の魅力を
伝え、業界への就職を促進することを目的とする。

県建設業協会の協力を得て、高校生と求職者を対象に
重機の操作体験や現場見学を行う体験会を開催。
あわせて建設業の求人に特化したミニ面接会を実施した。

【高知県】
◆体験会の企画、建設業協会との調整
◆高校への周知

【ハローワーク】
◆求職者への参加勧奨
◆ミニ面接会の実施

◆参加者５２名（うち高校生３０名）
◆ミニ面接会で６名が採用
◆体験会後、建設業の求人への応募が増えた。

＜高知県コメント＞
実際に体験することで、建設業のイメージ
が変わったとの声が多く、手応えを感じた。

≪照会先≫ 高知労働局職業安定部職業安定課 （ＴＥＬ：０８８－８８５－６０５１）
\u{000C}◆新規就農者２３名のうち、１５名が雇用就農。
◆就農相談会の来場者は前年度から１．５倍に増加した。

【効果】

国と地方自治体の連携による雇用対策好事例

【熊本県】 【熊本労働局ハローワーク熊本】

農業法人への就職を支援する「就農相談会」を開催

【課題・目的】
農業従事者の高齢化と後継者不足により、農業
法人の人材確保が難しくなっている。農業への
就職を希望する方を増やし、担い手の確保を図る。

【実施概要】
県とハローワークが共同で就農相談会を年３回
開催し、農業法人の求人説明と個別相談を実施。

【役割分担】
【熊本県】
◆農業法人への参加要請
◆就農支援制度の説明
【ハローワーク】
◆農業求人の確保
◆相談会での職業紹介

くまモン

≪照会先≫ 熊本労働局職業安定部職業安定課 （ＴＥＬ：０９６－２１１－１７０３）
";

/// Squeezed, the contact first and the headings in a column: the problem and
/// what was done are printed at one width with nothing but a finished sentence
/// between them; a comment inside the overview, a role header glued to the
/// end of an item, ● bullets, the title last.
const SQUEEZED_BOXES_OF_ONE_WIDTH: &str = "\
≪照会先≫ 沖縄労働局職業安定部職業安定課 （ＴＥＬ：０９８－８６８－３７０１）
国と地方自治体の連携による雇用対策好事例
【沖縄県】 【沖縄労働局ハローワーク那覇】
【課題・目的】
【実施概要】
【役割分担】
【効果】
ひとり親家庭の親は、子育てと生計の担い手という二つの
役割を一人で担っており、就職に向けた準備の時間を確保
することが難しい。身近な場所で就職支援を受けられる
体制をつくり、安定した就労につなげる。
県の母子・父子福祉センターにハローワークの職業相談窓
口を週２日開設し、就業相談員と連携して相談から職業紹
介まで一貫した支援を実施。
＜沖縄県コメント＞
福祉と就労の窓口が一か所にまとまり、
利用者の負担が軽くなった。
児童扶養手当の現況届の時期に合わせて出張相談も行った。
【沖縄県】
●就業相談員の配置
●窓口の場所の提供 【ハローワーク】
●職業相談・職業紹介
●求人情報の提供
●窓口利用者の相談件数は延べ４１０件、うち就職者は８６名。
●正社員での就職が前年度より２割増加した。
ひとり親家庭の親の就職を福祉の窓口で支援
";

/// Participants' voices first (a label and quotations), the effect's bullets
/// under their heading; then the title, banner and parties; a numbered
/// overview; comments between the overview and the role blocks.
const VOICES_FIRST: &str = "\
＜参加者の声＞
「一人では不安だったが、相談できて心強かった」
「同じ境遇の方と話せて前向きになれた」

【効果】

◆相談会の利用者は延べ２３０人、うち９５人が就職した。
◆市の生活支援と国の職業相談を同じ日に受けられ、利用者の負担が減った。

新型コロナウイルス感染症の影響で離職した方の再就職を市と国が一体となって支援

国と地方自治体の連携による雇用対策好事例

【大阪府東大阪市】 【大阪労働局ハローワーク布施】

【課題・目的】

新型コロナウイルス感染症の影響により、飲食業や宿泊業で
離職を余儀なくされた方が増えている。生活面と就職面の
両方で不安を抱える方を早期の再就職につなげる必要がある。

【実施概要】

① 市役所の生活相談窓口に、ハローワークの臨時相談窓口を設置
② 毎月１回、市とハローワークが合同で「再就職相談会」を開催
③ 業種転換を希望する方に職業訓練の受講をあっせん

＜東大阪市コメント＞
生活と仕事の両面から支える体制が
でき、相談者の安心につながった。

＜労働局コメント＞
市の窓口で早い段階から関われたこと
で、早期の再就職を支援できた。

【役割分担】

【東大阪市】
◆生活相談窓口での案内
◆住居確保給付金の支給

【ハローワーク】
◆職業相談・職業紹介
◆職業訓練のあっせん

≪照会先≫ 大阪労働局職業安定部職業安定課 （ＴＥＬ：０６－４７９０－６３００）
";

/// A table of contents without dot leaders and a divider page before the case;
/// a photo caption printed right below the overview's last line; the roles
/// written `org:items`.
const CONTENTS_DIVIDER_AND_A_GLUED_CAPTION: &str = "\
目次
１　子育て支援関係
　託児付きセミナーの開催（鳥取県鳥取市）　１
　保育情報の提供（島根県松江市）　２
２　障害者の就労支援関係
　精神障害者の職場定着支援（鳥取県）　３
\u{000C}２．障害者の就労支援関係
\u{000C}鳥取県と労働局が連携し精神障害者の職場定着を支援

国と地方自治体の連携による雇用対策好事例

【鳥取県】 【鳥取労働局ハローワーク鳥取】

【課題・目的】
精神障害者の就職件数は増加している一方、就職後
１年以内に離職する方が多く、職場定着が課題と
なっている。企業と本人の双方を支える体制づくり
を目指す。

【実施概要】
県が配置する職場定着支援員とハローワークの精神
障害者雇用トータルサポーターが、就職後の職場訪問
を共同で実施。企業向けに「精神障害者雇用セミナー」
を年２回開催した。
精神障害者雇用セミナーの様子

【役割分担】
鳥取県：職場定着支援員の配置、企業向けセミナーの開催
ハローワーク：就職前の職業相談、就職後の職場訪問
共通：支援対象者の情報共有会議（月１回）

【効果】
◆支援対象者６２名の就職後１年の定着率は８１％と
なり、前年度より１２ポイント上昇した。
◆セミナーには企業４５社が参加し、「雇用の不安が
解消された」との声が寄せられた。

＜鳥取県コメント＞
就職後も支援が続くことで、本人も企業も安心
して働き続けられる環境ができつつある。

≪照会先≫ 鳥取労働局職業安定部職業対策課 （ＴＥＬ：０８５７－２９－１７０７）
";

/// Headings in a row; role boxes headed 【…の役割】 right below them; the
/// three sections' contents after the role blocks.
const ROLE_BOXES_NAMED_ROLES: &str = "\
国と地方自治体の連携による雇用対策好事例

【山形県鶴岡市】 【山形労働局ハローワーク鶴岡】

地元企業の魅力を伝える「高校生のための企業ガイドブック」を共同作成

【課題・目的】

【実施概要】

【役割分担】

【効果】

【鶴岡市の役割】
◆ガイドブックの編集・印刷
◆市内高校への配布

【ハローワークの役割】
◆掲載企業の募集と取材
◆求人情報の提供

管内の高校生の約４割が県外に就職しており、地元企業を
知る機会が少ないことが課題となっている。地元企業の情報を
高校生と保護者に届け、地元就職の促進を図る。

市とハローワークが共同で、地元企業６０社の仕事内容や先輩
社員の声を紹介するガイドブックを作成し、市内の全高校２年生
と保護者に配布した。進路指導の教員向けの説明会も開催した。

◆地元企業に就職した高校生は前年度より２５名増え、１４０名となった。
◆保護者から「地元にこんな企業があるとは知らなかった」との声が寄せられた。

≪照会先≫ 山形労働局職業安定部職業安定課 （ＴＥＬ：０２３－６２６－６１０９）
";

/// Two squeezed pages cut by a form feed: the first with its headings in a
/// column; the second opening with a comment, all four headings on one line
/// below the party row and the banner, role headers glued to their first item.
const TWO_SQUEEZED_PAGES: &str = "\
国と地方自治体の連携による雇用対策好事例
【長崎県五島市】【長崎労働局ハローワーク五島】
離島の人手不足解消に向けた「島の仕事説明会」を開催
【課題・目的】
【実施概要】
【役割分担】
【効果】
島内の水産加工業や介護事業所では人手不足が深刻化している。
島外に出た若者や移住希望者に島の仕事を知ってもらい、担い手
の確保を図る。
福岡市と長崎市で「島の仕事説明会」を開催し、島内企業１２社が
仕事内容や住まいの支援制度を説明した。オンライン相談も実施。
【五島市】
◆移住支援制度の説明
◆会場の確保
【ハローワーク】
◆求人の確保
◆来場者への職業相談
◆来場者８８名、うち１５名が島内企業に就職。
◆移住相談件数が前年度の２倍に増加した。
≪照会先≫ 長崎労働局職業安定部職業安定課 （ＴＥＬ：０９５－８０１－００４０）
\u{000C}＜宮崎市コメント＞
市内企業の採用意欲は高く、今後も共同で
取り組みたい。
【宮崎県宮崎市】【宮崎労働局ハローワーク宮崎】
国と地方自治体の連携による雇用対策好事例
【課題・目的】【実施概要】【役割分担】【効果】
女性の再就職を後押しする「しごとチャレンジ講座」を実施
子育てが一段落した女性の中には、ブランクが長く再就職に
不安を持つ方が多い。短時間勤務から始められる職場を紹介し、
再就職の実現を図る。
市の女性センターで全５回の講座を開催。ビジネスマナーや
パソコンの基礎を学んだ後、短時間勤務の求人を持つ企業との
面談会を行った。
【宮崎市】◆講座の企画・運営
◆託児の手配
【ハローワーク】◆求人の確保
◆面談会での職業紹介
受講者２０名のうち１４名が就職した。
≪照会先≫ 宮崎労働局職業安定部職業安定課 （ＴＥＬ：０９８５－３８－８８２４）
";

/// 障害者雇用: headings spaced out inside their brackets (【課 題 ・ 目 的】,
/// 【効　果】), role blocks marked ◎ over ・ items, and the contact printed as
/// a block of lines under 【問い合わせ先】 (the bureau, 〒 and address, TEL and
/// FAX, URL) at the foot of the page.
const A_CONTACT_BLOCK_UNDER_ITS_LABEL: &str = "\
国と地方自治体の連携による雇用対策好事例

【長野県】 【長野労働局】 【ハローワーク長野】

障害者の職場定着に向けた企業向けセミナーと職場見学会の開催

【課 題 ・ 目 的】
障害者を雇用したことのない企業では、受入れのノウハウが
なく、雇用に踏み出せないことが多い。企業の不安を解消し、
障害者雇用の裾野を広げることを目的とする。

【実 施 概 要】
障害者を雇用している企業の担当者を講師に招いたセミナーと、
特例子会社の職場見学会を年２回開催した。

【役 割 分 担】
◎長野県
・セミナーの企画、講師の選定
・県内企業への周知
◎長野労働局・ハローワーク
・雇用率未達成企業への参加勧奨
・見学後の求人の受理、職業紹介

【効　果】
参加企業３２社のうち、９社が新たに障害者を雇用した。
見学会の参加者からは「具体的なイメージが持てた」との声があった。

＜長野県コメント＞
企業の方が実際の職場を見ることで、
雇用への理解が深まった。

【問い合わせ先】
長野労働局職業安定部職業対策課
〒380-8572　長野市中御所１－２２－１
TEL　026-226-0866　　FAX　026-227-0184
URL　https://jsite.mhlw.go.jp/nagano-roudoukyoku/
";

/// 高齢者: the role blocks introduced by a plain line 「柏市の役割」「ハローワークの
/// 役割」 (no bracket, no mark) over ・ items, the effect headed 【取組の効果】, the
/// page number a lone full-width digit as the last line.
const ROLE_BLOCKS_INTRODUCED_BY_A_PLAIN_LINE: &str = "\
国と地方自治体の連携による雇用対策好事例
【千葉県柏市】【千葉労働局ハローワーク松戸】
高齢者の多様な働き方を支える「生涯現役促進セミナー」

【課題・目的】
市内の高齢化率は上昇を続けており、元気な高齢者の就業意欲も
高い一方、希望に合った仕事が見つからない方が多い。
高齢者の就業機会の確保を図る。

【実施概要】
市とハローワークが共同で、６５歳以上の方を対象に、就労セミナー
と個別相談会を開催した。シルバー人材センターも参加した。

柏市の役割
・会場の提供、広報かしわでの周知
・シルバー人材センターとの調整
ハローワークの役割
・セミナー講師の派遣
・個別相談会での職業相談、求人情報の提供

【取組の効果】
セミナー参加者８６名のうち、２１名が就職した。
シニア向けの求人も増加した。

〈照会先〉千葉労働局職業安定部職業安定課（TEL：043-221-4081）
３
";

/// 福祉・介護人材: the case's number (No.5) above the banner, a party row of
/// three boxes wrapped over two lines right above the title, and role blocks
/// marked ● whose items are indented lines of text without bullets, one of
/// them 共通.
const A_WRAPPED_PARTY_ROW_AND_MARKED_ROLE_BLOCKS: &str = "\
No.5
国と地方自治体の連携による雇用対策好事例
【熊本県】　【熊本県社会福祉協議会】
【熊本労働局ハローワーク熊本】
福祉・介護人材の確保に向けた「福祉のしごと就職フェア」の開催

【課題・目的】
福祉・介護分野の有効求人倍率は高止まりしており、事業所の
人材確保が大きな課題となっている。

【実施概要】
県、社会福祉協議会、ハローワークの三者で、福祉の仕事に関心の
ある求職者を対象とした就職フェアを開催。

【役割分担】
●熊本県
　フェアの企画・広報
●熊本県社会福祉協議会
　参加事業所の募集、福祉人材センターでの相談
●ハローワーク熊本
　求人の受理、参加者への職業紹介
●共通
　当日の運営

【効果】
来場者１２４名、参加事業所５６事業所、採用者３８名。

≪照会先≫ 熊本労働局職業安定部職業安定課 ＴＥＬ：096-211-1703
";

/// UIJターン: the case's number 【事例３】 above the title, the overview headed
/// 【連携の内容】, and a contact block under 【お問い合わせ】 with a postal address,
/// TEL and FAX on one line and an e-mail address (no web site).
const A_COOPERATION_HEADING_AND_A_MAIL_CONTACT: &str = "\
国と地方自治体の連携による雇用対策好事例

【事例３】
首都圏の若者のＵＩＪターン就職を県と国が連携して後押し

【島根県】【島根労働局】

【課題・目的】
県内企業の人手不足が深刻化する一方、首都圏には地方での
就職を希望する若者も多い。移住と就職を一体で支援し、
県内への人材の還流を図る。

【連携の内容】
東京の相談窓口で移住相談と職業相談をワンストップで行い、
県内企業の求人情報を提供。年４回の移住就職相談会を開催した。

【役割分担】
【島根県】
◆移住相談、住まいの情報提供
【島根労働局】
◆県内求人の提供、オンラインでの職業紹介

【成果】
相談件数３１２件、移住就職者４７名。

＜島根県のコメント＞
仕事と住まいを一緒に相談できることが
移住希望者の安心につながっている。

【お問い合わせ】
島根労働局職業安定部職業安定課
〒690-0841　松江市向島町134-10
TEL：0852-20-7016　FAX：0852-20-7029
E-mail：shimane-antei@mhlw.go.jp
";

#[test]
fn a_cover_and_contents_then_contents_above_a_row_of_headings() {
    let doc = read_page(COVER_CONTENTS_AND_A_CASE);
    assert_eq!(doc.cases.len(), 1);
    let c = &doc.cases[0];
    assert_eq!(
        c.title.as_deref(),
        Some("介護の仕事に関心のある求職者と事業所をつなぐ「介護のしごと合同面接会」を開催")
    );
    assert_eq!(
        parties_of(c),
        [
            ("福井県越前市", PartyKind::Municipality),
            ("福井労働局ハローワーク武生", PartyKind::HelloWork)
        ]
    );
    assert_eq!(
        paragraphs(&c.sections.purpose),
        written(&["介護職場の人手不足が深刻化しており、市内の介護事業所から人材確保の支援を求める声が多い。介護の仕事への理解を深め、求職者と事業所の出会いの場を設けることで、人材確保を図る。"])
    );
    assert_eq!(
        paragraphs(&c.sections.overview),
        written(&[
            "市とハローワークが共同で、市内の介護事業所が参加する合同面接会を開催。面接会の前に介護職員による仕事紹介と、初任者研修の案内を行った。",
            "・日時:令和3年11月10日(水)13時~16時",
            "・会場:越前市文化センター"
        ])
    );
    assert_eq!(
        paragraphs(&c.sections.effect),
        written(&[
            "◆参加事業所18社、来場者42名、うち8名が採用内定",
            "◆来場者アンケートでは「介護の仕事のイメージが変わった」との声が多く聞かれた。"
        ])
    );
    assert_eq!(
        roles_of(c),
        [
            (
                "越前市",
                vec!["会場の確保、市広報での周知", "介護事業所への参加要請"]
            ),
            (
                "ハローワーク",
                vec!["求人の受理、求職者への参加勧奨", "当日の面接の調整"]
            )
        ]
    );
    assert_eq!(
        comments_of(c),
        [(
            "越前市",
            "介護の現場を知ってもらう良い機会となった。今後も定期的に開催したい。".to_string()
        )]
    );
    assert_eq!(captions_of(c), ["面接会の様子"]);
    assert_eq!(phone_of(c), Some("0776-26-8609"));
    let notes: Vec<&str> = doc.diagnostics.iter().map(|d| d.code.as_str()).collect();
    assert_eq!(notes, ["not-a-case", "not-a-case"]);
}

#[test]
fn the_banner_last_and_the_title_between_role_blocks() {
    let doc = read_page(BANNER_LAST_AND_A_JOINT_ROLE_BOX);
    let c = &doc.cases[0];
    assert_eq!(
        c.title.as_deref(),
        Some("外国人留学生の県内就職に向けた面接会を共同開催")
    );
    assert_eq!(
        parties_of(c),
        [
            ("岐阜県", PartyKind::Prefecture),
            ("岐阜労働局ハローワーク岐阜", PartyKind::HelloWork)
        ]
    );
    assert_eq!(
        paragraphs(&c.sections.purpose),
        written(&["県内の大学で学ぶ外国人留学生の多くが、卒業後に県外や母国で就職しており、県内企業の人材確保につながっていない。留学生と県内企業との出会いの場をつくり、県内就職を促進する。"])
    );
    assert_eq!(
        paragraphs(&c.sections.overview),
        written(&["県とハローワークが共同で「外国人留学生就職面接会」を開催。事前に就職ガイダンスを行い、日本の就職活動の流れや在留資格の変更手続について説明した。"])
    );
    assert_eq!(
        paragraphs(&c.sections.effect),
        written(&[
            "参加企業24社、参加留学生65名のうち、11名が内定。",
            "<参加企業の声>",
            "◆日本語が堪能で意欲の高い学生と出会えた。"
        ])
    );
    assert_eq!(
        roles_of(c),
        [
            (
                "岐阜県・岐阜県国際交流センター",
                vec!["大学への周知、留学生への参加勧奨", "参加企業の募集"]
            ),
            (
                "ハローワーク",
                vec!["求人の確保、面接の調整", "在留資格に関する相談対応"]
            )
        ]
    );
    assert_eq!(comments_of(c)[0].0, "岐阜県");
    assert_eq!(captions_of(c), ["ミナモ"]);
    assert_eq!(phone_of(c), Some("058-245-1314"));
}

#[test]
fn a_subtitle_below_the_headline_is_part_of_the_title() {
    let doc = read_page(SUBTITLE_AND_GLUED_HEADINGS);
    let c = &doc.cases[0];
    assert_eq!(
        c.title.as_deref(),
        Some("就職氷河期世代の正社員就職を県と国が一体で支援~専門窓口と職場実習の組合せ~")
    );
    assert_eq!(
        paragraphs(&c.sections.purpose),
        written(&["不安定な就労を続ける就職氷河期世代の方は、正社員としての職務経験が乏しく、応募をためらう方が多い。一人ひとりに寄り添った支援で正社員就職の実現を図る。"])
    );
    assert_eq!(
        paragraphs(&c.sections.overview),
        written(&["ハローワークの専門窓口で担当者制の職業相談を行い、県が委託する職場実習(5日間)と組み合わせて支援。実習先の企業には県が協力金を支給した。"])
    );
    assert_eq!(
        paragraphs(&c.sections.effect),
        written(&["実習参加者38名のうち25名が正社員として就職。"])
    );
    assert_eq!(
        roles_of(c),
        [
            (
                "広島県",
                vec!["職場実習先の開拓、協力金の支給", "セミナーの開催"]
            ),
            (
                "ハローワーク",
                vec!["専門窓口での担当者制による職業相談", "実習後の職業紹介"]
            )
        ]
    );
    let speakers: Vec<&str> = c.comments.iter().map(|x| x.speaker.as_str()).collect();
    assert_eq!(speakers, ["広島県", "労働局"]);
    assert!(c.captions.is_empty());
    // The same page with blank lines between all its lines reads the same title.
    let spaced = SUBTITLE_AND_GLUED_HEADINGS.replace('\n', "\n\n");
    assert_eq!(read_page(&spaced).cases[0].title, c.title);
}

#[test]
fn other_heading_words_and_a_cooperation_heading_over_the_roles() {
    let doc = read_page(OTHER_HEADING_WORDS);
    let c = &doc.cases[0];
    assert_eq!(
        c.title.as_deref(),
        Some("がん患者等の治療と仕事の両立に向けた就職支援")
    );
    assert_eq!(
        paragraphs(&c.sections.purpose),
        written(&["がん治療の進歩により、治療を続けながら働く方が増えている。一方で、治療と仕事の両立に悩み離職する方も多く、病院とハローワークが連携した相談体制の整備が求められている。"])
    );
    assert_eq!(
        c.sections.purpose.as_ref().unwrap().heading.as_deref(),
        Some("背景・目的")
    );
    assert_eq!(
        paragraphs(&c.sections.overview),
        written(&["県立中央病院のがん相談支援センターにハローワークの就職支援ナビゲーターが月2回出張し、治療中の方の職業相談を実施。主治医の意見書を踏まえ、通院に配慮した求人を紹介している。"])
    );
    assert_eq!(
        c.sections.overview.as_ref().unwrap().heading.as_deref(),
        Some("取組内容")
    );
    assert_eq!(
        paragraphs(&c.sections.effect),
        written(&[
            "◆相談件数は延べ120件、新規求職者40名、就職者22名。",
            "◆病院内で相談できるため、体調に不安のある方も利用しやすい。"
        ])
    );
    assert_eq!(
        c.sections.effect.as_ref().unwrap().heading.as_deref(),
        Some("成果")
    );
    assert_eq!(
        roles_of(c),
        [
            (
                "青森県",
                vec!["がん相談支援センターでの相談者の案内", "相談場所の提供"]
            ),
            (
                "ハローワーク",
                vec!["出張相談の実施", "通院に配慮した求人の開拓"]
            ),
            ("共通", vec!["事例検討会の開催"])
        ]
    );
    assert_eq!(
        comments_of(c),
        [(
            "青森県立中央病院",
            "患者さんから「病院で仕事の相談もできて安心」との声が寄せられている。".to_string()
        )]
    );
    let contact = c.contact.as_ref().unwrap();
    assert_eq!(contact.phone.as_deref(), Some("017-721-2000"));
    assert_eq!(
        contact.url.as_deref(),
        Some("https://jsite.mhlw.go.jp/aomori-roudoukyoku/")
    );
}

#[test]
fn two_pages_by_form_feeds_the_second_with_its_effect_first() {
    let doc = read_page(TWO_PAGES_EFFECT_FIRST);
    assert_eq!(doc.cases.len(), 2);
    let (a, b) = (&doc.cases[0], &doc.cases[1]);
    assert_eq!(
        a.title.as_deref(),
        Some("建設業の担い手確保に向けた「建設業しごと体験会」を開催")
    );
    assert_eq!(
        paragraphs(&a.sections.purpose),
        written(&["建設業では就業者の高齢化が進み、若い担い手の確保が喫緊の課題となっている。若者や女性に建設業の魅力を伝え、業界への就職を促進することを目的とする。"])
    );
    // (The first sentence ends on a line shorter than the box: two paragraphs.)
    assert_eq!(
        paragraphs(&a.sections.overview),
        written(&[
            "県建設業協会の協力を得て、高校生と求職者を対象に重機の操作体験や現場見学を行う体験会を開催。",
            "あわせて建設業の求人に特化したミニ面接会を実施した。"
        ])
    );
    assert_eq!(
        paragraphs(&a.sections.effect),
        written(&[
            "◆参加者52名(うち高校生30名)",
            "◆ミニ面接会で6名が採用",
            "◆体験会後、建設業の求人への応募が増えた。"
        ])
    );
    assert_eq!(a.roles.len(), 2);
    assert_eq!(comments_of(a)[0].0, "高知県");
    assert_eq!(phone_of(a), Some("088-885-6051"));

    assert_eq!(
        b.title.as_deref(),
        Some("農業法人への就職を支援する「就農相談会」を開催")
    );
    assert_eq!(
        parties_of(b),
        [
            ("熊本県", PartyKind::Prefecture),
            ("熊本労働局ハローワーク熊本", PartyKind::HelloWork)
        ]
    );
    assert_eq!(
        paragraphs(&b.sections.effect),
        written(&[
            "◆新規就農者23名のうち、15名が雇用就農。",
            "◆就農相談会の来場者は前年度から1.5倍に増加した。"
        ])
    );
    assert_eq!(
        paragraphs(&b.sections.purpose),
        written(&["農業従事者の高齢化と後継者不足により、農業法人の人材確保が難しくなっている。農業への就職を希望する方を増やし、担い手の確保を図る。"])
    );
    assert_eq!(
        paragraphs(&b.sections.overview),
        written(&[
            "県とハローワークが共同で就農相談会を年3回開催し、農業法人の求人説明と個別相談を実施。"
        ])
    );
    assert_eq!(
        roles_of(b),
        [
            ("熊本県", vec!["農業法人への参加要請", "就農支援制度の説明"]),
            ("ハローワーク", vec!["農業求人の確保", "相談会での職業紹介"])
        ]
    );
    assert_eq!(captions_of(b), ["くまモン"]);
    assert_eq!(phone_of(b), Some("096-211-1703"));
}

#[test]
fn squeezed_boxes_of_one_width_told_apart_by_their_wording() {
    let doc = read_page(SQUEEZED_BOXES_OF_ONE_WIDTH);
    let c = &doc.cases[0];
    assert_eq!(
        c.title.as_deref(),
        Some("ひとり親家庭の親の就職を福祉の窓口で支援")
    );
    assert_eq!(
        paragraphs(&c.sections.purpose),
        written(&["ひとり親家庭の親は、子育てと生計の担い手という二つの役割を一人で担っており、就職に向けた準備の時間を確保することが難しい。身近な場所で就職支援を受けられる体制をつくり、安定した就労につなげる。"])
    );
    assert_eq!(
        paragraphs(&c.sections.overview),
        written(&[
            "県の母子・父子福祉センターにハローワークの職業相談窓口を週2日開設し、就業相談員と連携して相談から職業紹介まで一貫した支援を実施。",
            "児童扶養手当の現況届の時期に合わせて出張相談も行った。"
        ])
    );
    assert_eq!(
        paragraphs(&c.sections.effect),
        written(&[
            "●窓口利用者の相談件数は延べ410件、うち就職者は86名。",
            "●正社員での就職が前年度より2割増加した。"
        ])
    );
    assert_eq!(
        roles_of(c),
        [
            ("沖縄県", vec!["就業相談員の配置", "窓口の場所の提供"]),
            ("ハローワーク", vec!["職業相談・職業紹介", "求人情報の提供"])
        ]
    );
    assert_eq!(
        comments_of(c),
        [(
            "沖縄県",
            "福祉と就労の窓口が一か所にまとまり、利用者の負担が軽くなった。".to_string()
        )]
    );
    assert_eq!(phone_of(c), Some("098-868-3701"));
}

#[test]
fn participants_voices_first_are_effect() {
    let doc = read_page(VOICES_FIRST);
    let c = &doc.cases[0];
    assert_eq!(
        c.title.as_deref(),
        Some("新型コロナウイルス感染症の影響で離職した方の再就職を市と国が一体となって支援")
    );
    assert_eq!(
        parties_of(c),
        [
            ("大阪府東大阪市", PartyKind::Municipality),
            ("大阪労働局ハローワーク布施", PartyKind::HelloWork)
        ]
    );
    assert_eq!(
        paragraphs(&c.sections.purpose),
        written(&["新型コロナウイルス感染症の影響により、飲食業や宿泊業で離職を余儀なくされた方が増えている。生活面と就職面の両方で不安を抱える方を早期の再就職につなげる必要がある。"])
    );
    assert_eq!(
        paragraphs(&c.sections.overview),
        written(&[
            "①市役所の生活相談窓口に、ハローワークの臨時相談窓口を設置",
            "②毎月1回、市とハローワークが合同で「再就職相談会」を開催",
            "③業種転換を希望する方に職業訓練の受講をあっせん"
        ])
    );
    assert_eq!(
        paragraphs(&c.sections.effect),
        written(&[
            "<参加者の声>",
            "「一人では不安だったが、相談できて心強かった」",
            "「同じ境遇の方と話せて前向きになれた」",
            "◆相談会の利用者は延べ230人、うち95人が就職した。",
            "◆市の生活支援と国の職業相談を同じ日に受けられ、利用者の負担が減った。"
        ])
    );
    let speakers: Vec<&str> = c.comments.iter().map(|x| x.speaker.as_str()).collect();
    assert_eq!(speakers, ["東大阪市", "労働局"]);
    assert_eq!(
        roles_of(c),
        [
            (
                "東大阪市",
                vec!["生活相談窓口での案内", "住居確保給付金の支給"]
            ),
            (
                "ハローワーク",
                vec!["職業相談・職業紹介", "職業訓練のあっせん"]
            )
        ]
    );
    assert_eq!(phone_of(c), Some("06-4790-6300"));
}

#[test]
fn a_photo_caption_right_below_a_paragraph_stands_apart() {
    let doc = read_page(CONTENTS_DIVIDER_AND_A_GLUED_CAPTION);
    assert_eq!(doc.cases.len(), 1);
    let c = &doc.cases[0];
    assert_eq!(
        c.title.as_deref(),
        Some("鳥取県と労働局が連携し精神障害者の職場定着を支援")
    );
    assert_eq!(
        paragraphs(&c.sections.purpose),
        written(&["精神障害者の就職件数は増加している一方、就職後1年以内に離職する方が多く、職場定着が課題となっている。企業と本人の双方を支える体制づくりを目指す。"])
    );
    assert_eq!(
        paragraphs(&c.sections.overview),
        written(&["県が配置する職場定着支援員とハローワークの精神障害者雇用トータルサポーターが、就職後の職場訪問を共同で実施。企業向けに「精神障害者雇用セミナー」を年2回開催した。"])
    );
    assert_eq!(captions_of(c), ["精神障害者雇用セミナーの様子"]);
    assert_eq!(
        paragraphs(&c.sections.effect),
        written(&[
            "◆支援対象者62名の就職後1年の定着率は81%となり、前年度より12ポイント上昇した。",
            "◆セミナーには企業45社が参加し、「雇用の不安が解消された」との声が寄せられた。"
        ])
    );
    assert_eq!(
        roles_of(c),
        [
            (
                "鳥取県",
                vec!["職場定着支援員の配置、企業向けセミナーの開催"]
            ),
            ("ハローワーク", vec!["就職前の職業相談、就職後の職場訪問"]),
            ("共通", vec!["支援対象者の情報共有会議(月1回)"])
        ]
    );
    assert_eq!(comments_of(c)[0].0, "鳥取県");
    let notes: Vec<&str> = doc.diagnostics.iter().map(|d| d.code.as_str()).collect();
    assert_eq!(notes, ["not-a-case", "not-a-case"]);
}

#[test]
fn role_boxes_headed_by_an_organisations_role() {
    let doc = read_page(ROLE_BOXES_NAMED_ROLES);
    let c = &doc.cases[0];
    assert_eq!(
        c.title.as_deref(),
        Some("地元企業の魅力を伝える「高校生のための企業ガイドブック」を共同作成")
    );
    assert_eq!(
        roles_of(c),
        [
            (
                "鶴岡市",
                vec!["ガイドブックの編集・印刷", "市内高校への配布"]
            ),
            (
                "ハローワーク",
                vec!["掲載企業の募集と取材", "求人情報の提供"]
            )
        ]
    );
    assert_eq!(
        paragraphs(&c.sections.purpose),
        written(&["管内の高校生の約4割が県外に就職しており、地元企業を知る機会が少ないことが課題となっている。地元企業の情報を高校生と保護者に届け、地元就職の促進を図る。"])
    );
    assert_eq!(
        paragraphs(&c.sections.overview),
        written(&["市とハローワークが共同で、地元企業60社の仕事内容や先輩社員の声を紹介するガイドブックを作成し、市内の全高校2年生と保護者に配布した。進路指導の教員向けの説明会も開催した。"])
    );
    assert_eq!(
        paragraphs(&c.sections.effect),
        written(&[
            "◆地元企業に就職した高校生は前年度より25名増え、140名となった。",
            "◆保護者から「地元にこんな企業があるとは知らなかった」との声が寄せられた。"
        ])
    );
    assert!(c.comments.is_empty() && c.captions.is_empty());
}

#[test]
fn two_squeezed_pages_by_a_form_feed() {
    let doc = read_page(TWO_SQUEEZED_PAGES);
    assert_eq!(doc.cases.len(), 2);
    let (a, b) = (&doc.cases[0], &doc.cases[1]);
    assert_eq!(
        a.title.as_deref(),
        Some("離島の人手不足解消に向けた「島の仕事説明会」を開催")
    );
    assert_eq!(
        paragraphs(&a.sections.purpose),
        written(&["島内の水産加工業や介護事業所では人手不足が深刻化している。島外に出た若者や移住希望者に島の仕事を知ってもらい、担い手の確保を図る。"])
    );
    assert_eq!(
        paragraphs(&a.sections.overview),
        written(&["福岡市と長崎市で「島の仕事説明会」を開催し、島内企業12社が仕事内容や住まいの支援制度を説明した。オンライン相談も実施。"])
    );
    assert_eq!(
        paragraphs(&a.sections.effect),
        written(&[
            "◆来場者88名、うち15名が島内企業に就職。",
            "◆移住相談件数が前年度の2倍に増加した。"
        ])
    );
    assert_eq!(
        roles_of(a),
        [
            ("五島市", vec!["移住支援制度の説明", "会場の確保"]),
            ("ハローワーク", vec!["求人の確保", "来場者への職業相談"])
        ]
    );
    assert!(a.comments.is_empty());

    assert_eq!(
        b.title.as_deref(),
        Some("女性の再就職を後押しする「しごとチャレンジ講座」を実施")
    );
    assert_eq!(
        parties_of(b),
        [
            ("宮崎県宮崎市", PartyKind::Municipality),
            ("宮崎労働局ハローワーク宮崎", PartyKind::HelloWork)
        ]
    );
    assert_eq!(
        paragraphs(&b.sections.purpose),
        written(&["子育てが一段落した女性の中には、ブランクが長く再就職に不安を持つ方が多い。短時間勤務から始められる職場を紹介し、再就職の実現を図る。"])
    );
    assert_eq!(
        paragraphs(&b.sections.overview),
        written(&["市の女性センターで全5回の講座を開催。ビジネスマナーやパソコンの基礎を学んだ後、短時間勤務の求人を持つ企業との面談会を行った。"])
    );
    assert_eq!(
        paragraphs(&b.sections.effect),
        written(&["受講者20名のうち14名が就職した。"])
    );
    assert_eq!(
        roles_of(b),
        [
            ("宮崎市", vec!["講座の企画・運営", "託児の手配"]),
            ("ハローワーク", vec!["求人の確保", "面談会での職業紹介"])
        ]
    );
    assert_eq!(
        comments_of(b),
        [(
            "宮崎市",
            "市内企業の採用意欲は高く、今後も共同で取り組みたい。".to_string()
        )]
    );
    assert_eq!(phone_of(b), Some("0985-38-8824"));
}

/// The fields of the lines of `c` (provenance) whose raw text is `raw`.
fn field_of<'a>(c: &'a Case, raw: &str) -> Vec<&'a jirei::model::Field> {
    c.provenance
        .iter()
        .filter(|p| p.raw == raw)
        .map(|p| &p.field)
        .collect()
}

#[test]
fn a_contact_printed_as_a_block_of_lines_under_its_label() {
    use jirei::model::Field;
    let doc = read_page(A_CONTACT_BLOCK_UNDER_ITS_LABEL);
    let c = &doc.cases[0];
    assert_eq!(
        paragraphs(&c.sections.effect),
        written(&[
            "参加企業32社のうち、9社が新たに障害者を雇用した。",
            "見学会の参加者からは「具体的なイメージが持てた」との声があった。"
        ])
    );
    let contact = c.contact.as_ref().unwrap();
    assert_eq!(
        contact.org.as_deref(),
        Some("長野労働局職業安定部職業対策課")
    );
    assert_eq!(contact.phone.as_deref(), Some("026-226-0866"));
    assert_eq!(
        contact.url.as_deref(),
        Some("https://jsite.mhlw.go.jp/nagano-roudoukyoku/")
    );
    for raw in [
        "〒380-8572　長野市中御所１－２２－１",
        "TEL　026-226-0866　　FAX　026-227-0184",
    ] {
        assert_eq!(field_of(c, raw), [&Field::Contact], "{raw}");
    }
    assert_eq!(
        roles_of(c),
        [
            (
                "長野県",
                vec!["セミナーの企画、講師の選定", "県内企業への周知"]
            ),
            (
                "長野労働局・ハローワーク",
                vec![
                    "雇用率未達成企業への参加勧奨",
                    "見学後の求人の受理、職業紹介"
                ]
            )
        ]
    );
    assert_eq!(
        comments_of(c),
        [(
            "長野県",
            "企業の方が実際の職場を見ることで、雇用への理解が深まった。".to_string()
        )]
    );
}

#[test]
fn role_blocks_introduced_by_a_plain_line_naming_the_role() {
    use jirei::model::Field;
    let doc = read_page(ROLE_BLOCKS_INTRODUCED_BY_A_PLAIN_LINE);
    let c = &doc.cases[0];
    assert_eq!(
        roles_of(c),
        [
            (
                "柏市",
                vec![
                    "会場の提供、広報かしわでの周知",
                    "シルバー人材センターとの調整"
                ]
            ),
            (
                "ハローワーク",
                vec![
                    "セミナー講師の派遣",
                    "個別相談会での職業相談、求人情報の提供"
                ]
            )
        ]
    );
    assert_eq!(
        paragraphs(&c.sections.overview),
        written(&["市とハローワークが共同で、65歳以上の方を対象に、就労セミナーと個別相談会を開催した。シルバー人材センターも参加した。"])
    );
    assert_eq!(
        c.sections.effect.as_ref().unwrap().heading.as_deref(),
        Some("取組の効果")
    );
    assert_eq!(field_of(c, "３"), [&Field::Footer]);
}

#[test]
fn a_party_row_wrapped_over_two_lines_and_role_blocks_marked_over_text() {
    use jirei::model::Field;
    let doc = read_page(A_WRAPPED_PARTY_ROW_AND_MARKED_ROLE_BLOCKS);
    let c = &doc.cases[0];
    assert_eq!(
        c.title.as_deref(),
        Some("福祉・介護人材の確保に向けた「福祉のしごと就職フェア」の開催")
    );
    assert_eq!(
        parties_of(c),
        [
            ("熊本県", PartyKind::Prefecture),
            ("熊本県社会福祉協議会", PartyKind::Other),
            ("熊本労働局ハローワーク熊本", PartyKind::HelloWork)
        ]
    );
    assert_eq!(
        roles_of(c),
        [
            ("熊本県", vec!["フェアの企画・広報"]),
            (
                "熊本県社会福祉協議会",
                vec!["参加事業所の募集、福祉人材センターでの相談"]
            ),
            ("ハローワーク熊本", vec!["求人の受理、参加者への職業紹介"]),
            ("共通", vec!["当日の運営"])
        ]
    );
    assert_eq!(
        paragraphs(&c.sections.overview),
        written(&["県、社会福祉協議会、ハローワークの三者で、福祉の仕事に関心のある求職者を対象とした就職フェアを開催。"])
    );
    assert_eq!(field_of(c, "No.5"), [&Field::Footer]);
    assert!(captions_of(c).is_empty(), "{:?}", captions_of(c));
}

#[test]
fn a_case_number_over_the_title_and_a_contact_with_a_mail_address() {
    use jirei::model::Field;
    let doc = read_page(A_COOPERATION_HEADING_AND_A_MAIL_CONTACT);
    let c = &doc.cases[0];
    assert_eq!(
        c.title.as_deref(),
        Some("首都圏の若者のUIJターン就職を県と国が連携して後押し")
    );
    assert_eq!(field_of(c, "【事例３】"), [&Field::Footer]);
    assert_eq!(
        paragraphs(&c.sections.overview),
        written(&["東京の相談窓口で移住相談と職業相談をワンストップで行い、県内企業の求人情報を提供。年4回の移住就職相談会を開催した。"])
    );
    assert_eq!(
        c.sections.overview.as_ref().unwrap().heading.as_deref(),
        Some("連携の内容")
    );
    assert_eq!(
        paragraphs(&c.sections.effect),
        written(&["相談件数312件、移住就職者47名。"])
    );
    let contact = c.contact.as_ref().unwrap();
    assert_eq!(
        contact.org.as_deref(),
        Some("島根労働局職業安定部職業安定課")
    );
    assert_eq!(phone_of(c), Some("0852-20-7016"));
    assert_eq!(contact.url, None);
    assert_eq!(
        field_of(c, "E-mail：shimane-antei@mhlw.go.jp"),
        [&Field::Contact]
    );
}

/// The case's number and its theme on one line over the party row
/// (`事例７　農業の担い手確保`), the headline below the row; scrambled: the
/// effect above the overview.
const A_NUMBERED_THEME_OVER_THE_HEADLINE: &str = "\
国と地方自治体の連携による雇用対策好事例

事例７　農業分野における担い手の確保

【長野県】【長野労働局】

就農希望者向けの現地見学と職業訓練を一体で実施

【成果】
見学会参加者８６名のうち、２１名が県内の農業法人に就職した。

【課題・目的】
農業法人の求人に応募が集まらず、担い手の高齢化が進んでいる。
都市部の求職者に農業の仕事を知ってもらい、就農につなげる。

【実施概要】
県が農業法人での現地見学会を企画し、労働局は見学後に
ハローワークで職業訓練の受講あっせんと職業紹介を行った。

【お問い合わせ】
長野労働局職業安定部職業対策課
TEL：026-226-0866
";

#[test]
fn a_case_number_with_its_theme_is_no_title() {
    use jirei::model::Field;
    let doc = read_page(A_NUMBERED_THEME_OVER_THE_HEADLINE);
    let c = &doc.cases[0];
    assert_eq!(
        c.title.as_deref(),
        Some("就農希望者向けの現地見学と職業訓練を一体で実施")
    );
    assert_eq!(
        field_of(c, "事例７　農業分野における担い手の確保"),
        [&Field::Footer]
    );
    assert_eq!(
        paragraphs(&c.sections.purpose),
        written(&["農業法人の求人に応募が集まらず、担い手の高齢化が進んでいる。都市部の求職者に農業の仕事を知ってもらい、就農につなげる。"])
    );
    assert_eq!(
        paragraphs(&c.sections.effect),
        written(&["見学会参加者86名のうち、21名が県内の農業法人に就職した。"])
    );
    assert!(captions_of(c).is_empty(), "{:?}", captions_of(c));
}

/// A theme marked テーマ printed right below the headline, no blank line
/// between them; another page prints `【テーマ】…` over the headline.
const A_THEME_BELOW_THE_HEADLINE: &str = "\
国と地方自治体の連携による雇用対策好事例

精神障害者の職場定着に向け、支援機関と企業をつなぐ取組
＜テーマ：障害者の職場定着支援＞

【福岡県】【福岡労働局】

【課題・目的】
精神障害者の雇用は増えているが、１年以内に離職する人が多い。
職場に定着するまでの支えを地域で用意する。

【実施概要】
県の定着支援員とハローワークの専門援助部門が合同で企業を訪問し、
本人と職場の双方から相談を受けた。

【効果】
支援した４２名のうち、３８名が１年後も就労を続けている。
";

const A_MARKED_THEME_OVER_THE_HEADLINE: &str = "\
国と地方自治体の連携による雇用対策好事例
【テーマ】子育て中の女性の再就職
保育所の入所相談と職業相談を同じ窓口で開始
【大分県】【大分労働局】
【課題・目的】
子育て中の女性が再就職を考えても、保育所と仕事の相談先が別々で、
手続きの負担が大きい。
【実施概要】
市役所の子育て窓口にハローワークの相談員が週２回常駐し、
保育所の入所相談と職業相談を一度に受けられるようにした。
【効果】
窓口の利用者１３０名のうち、５５名が就職した。
";

#[test]
fn a_theme_marked_as_such_is_no_title_nor_a_paragraph() {
    use jirei::model::Field;
    let doc = read_page(A_THEME_BELOW_THE_HEADLINE);
    let c = &doc.cases[0];
    assert_eq!(
        c.title.as_deref(),
        Some("精神障害者の職場定着に向け、支援機関と企業をつなぐ取組")
    );
    assert_eq!(
        field_of(c, "＜テーマ：障害者の職場定着支援＞"),
        [&Field::Footer]
    );
    assert_eq!(
        paragraphs(&c.sections.purpose),
        written(&["精神障害者の雇用は増えているが、1年以内に離職する人が多い。職場に定着するまでの支えを地域で用意する。"])
    );

    let doc = read_page(A_MARKED_THEME_OVER_THE_HEADLINE);
    let c = &doc.cases[0];
    assert_eq!(
        c.title.as_deref(),
        Some("保育所の入所相談と職業相談を同じ窓口で開始")
    );
    assert_eq!(
        field_of(c, "【テーマ】子育て中の女性の再就職"),
        [&Field::Footer]
    );
    assert!(captions_of(c).is_empty(), "{:?}", captions_of(c));
    assert_eq!(
        paragraphs(&c.sections.purpose),
        written(&["子育て中の女性が再就職を考えても、保育所と仕事の相談先が別々で、手続きの負担が大きい。"])
    );
}

/// A page whose only headline is printed after the case's number
/// (`No.4　観光業の人材確保`, no other headline): the line is still its title,
/// without the number (which is never part of a title).
const ONLY_A_NUMBERED_THEME: &str = "\
国と地方自治体の連携による雇用対策好事例

No.4　観光業の人材確保

【沖縄県】【沖縄労働局】

【課題・目的】
観光客の回復に人手が追いつかず、宿泊施設の採用が難しい。

【実施概要】
県と労働局が合同で、宿泊・飲食の事業所向けに採用セミナーを開いた。
";

#[test]
fn a_numbered_theme_is_the_title_of_a_page_without_a_headline() {
    let doc = read_page(ONLY_A_NUMBERED_THEME);
    let c = &doc.cases[0];
    assert_eq!(c.title.as_deref(), Some("観光業の人材確保"));
    assert_eq!(
        paragraphs(&c.sections.purpose),
        written(&["観光客の回復に人手が追いつかず、宿泊施設の採用が難しい。"])
    );
}

/// A results table flattened by the conversion: a header of labels over rows
/// of figures, a rate in the last column, a sentence before and after it in
/// the same box.
const A_TABLE_OF_RESULTS: &str = "\
国と地方自治体の連携による雇用対策好事例

【広島県福山市】　【広島労働局ハローワーク福山】

特別支援学校の生徒の職場実習で障害者雇用を広げる

【課題・目的】
障害のある生徒の就職先が限られ、事業所の側も受入れの経験が少ない。

【実施概要】
市とハローワークが事業所を訪ね、生徒の職場実習の受入れを依頼した。

【効果】
実習を受け入れた事業所と、そこから雇用につながった生徒は次のとおり。
年度　　　　受入事業所　　実習生　　雇用された生徒　　雇用率
令和元年度　　１８社　　　２４人　　　１１人　　　　　４６％
令和２年度　　２３社　　　３１人　　　１５人　　　　　４８％
実習先からは、来年度も受け入れたいとの声が多く寄せられている。

≪照会先≫ 広島労働局職業安定部職業対策課 ＴＥＬ：082-502-7832
";

#[test]
fn each_row_of_a_flattened_table_stands_on_its_own_line() {
    let doc = read_page(A_TABLE_OF_RESULTS);
    let c = &doc.cases[0];
    let effect = c.sections.effect.as_ref().expect("effect");
    let lines: Vec<&str> = effect.text.split('\n').collect();
    assert_eq!(
        lines,
        [
            "実習を受け入れた事業所と、そこから雇用につながった生徒は次のとおり。",
            "年度 受入事業所 実習生 雇用された生徒 雇用率",
            "令和元年度 18社 24人 11人 46%",
            "令和2年度 23社 31人 15人 48%",
            "実習先からは、来年度も受け入れたいとの声が多く寄せられている。",
        ]
    );
    let read: Vec<(&str, u64, &str, Option<i32>)> = c
        .metrics
        .iter()
        .map(|m| (m.label.as_str(), m.value, m.unit.as_str(), m.fiscal_year))
        .collect();
    assert_eq!(
        read,
        [
            ("受入事業所", 18, "社", Some(2019)),
            ("実習生", 24, "人", Some(2019)),
            ("雇用された生徒", 11, "人", Some(2019)),
            ("受入事業所", 23, "社", Some(2020)),
            ("実習生", 31, "人", Some(2020)),
            ("雇用された生徒", 15, "人", Some(2020)),
        ]
    );
}

/// Labels and their figures printed on lines of their own, one under the
/// other, between two sentences of the same box.
const LABELS_OVER_THEIR_FIGURES: &str = "\
国と地方自治体の連携による雇用対策好事例
【北海道釧路市】【北海道労働局ハローワーク釧路】
漁業・水産加工の人手不足に合同企業説明会で応える

■課題・目的
水産加工場の求人が埋まらず、繁忙期の操業に支障が出ている。

■実施概要
市と労働局が合同で、水産加工の事業所による企業説明会と工場見学会を開いた。

■効果
説明会には市外からも多くの求職者が集まり、会場は終日にぎわった。
参加企業数
１２社
参加者数
９６人
就職者数
２１人
就職率
２１．９％
見学会の後に応募した人も多く、翌年度も続けることになった。

≪照会先≫ 北海道労働局職業安定部職業安定課 ＴＥＬ：011-709-2311
";

#[test]
fn a_label_and_its_figure_on_the_next_line_are_one_record_per_line() {
    let doc = read_page(LABELS_OVER_THEIR_FIGURES);
    let c = &doc.cases[0];
    let effect = c.sections.effect.as_ref().expect("effect");
    let lines: Vec<&str> = effect.text.split('\n').collect();
    assert_eq!(
        lines,
        [
            "説明会には市外からも多くの求職者が集まり、会場は終日にぎわった。",
            "参加企業数 12社",
            "参加者数 96人",
            "就職者数 21人",
            "就職率 21.9%",
            "見学会の後に応募した人も多く、翌年度も続けることになった。",
        ]
    );
    let read: Vec<(&str, u64, &str, String)> = c
        .metrics
        .iter()
        .map(|m| {
            (
                m.label.as_str(),
                m.value,
                m.unit.as_str(),
                format!("{:?}", m.category),
            )
        })
        .collect();
    assert_eq!(
        read,
        [
            ("参加企業数", 12, "社", "Companies".to_string()),
            ("参加者数", 96, "人", "Participants".to_string()),
            ("就職者数", 21, "人", "Employed".to_string()),
        ]
    );
}

/// The case's number printed before the headline on its line (`No.4 …後押し`):
/// the headline is the title, without the number.
const A_NUMBER_BEFORE_THE_HEADLINE: &str = "\
No.4　高齢者の就労を市とハローワークが一体で後押し

国と地方自治体の連携による雇用対策好事例

【千葉県柏市】【千葉労働局ハローワーク松戸】

【課題・目的】
定年後も働きたい高齢者が増えているが、求人との出会いの場が少ない。

【実施概要】
市の生涯現役窓口とハローワークが合同で就労セミナーと面接会を開催した。

【効果】
面接会には高齢者52名が参加し、うち14名が採用された。
";

#[test]
fn the_cases_number_before_the_headline_is_no_part_of_the_title() {
    let doc = read_page(A_NUMBER_BEFORE_THE_HEADLINE);
    let c = &doc.cases[0];
    assert_eq!(
        c.title.as_deref(),
        Some("高齢者の就労を市とハローワークが一体で後押し")
    );
    assert_eq!(
        paragraphs(&c.sections.purpose),
        written(&["定年後も働きたい高齢者が増えているが、求人との出会いの場が少ない。"])
    );
}

/// A four-box party row wrapped onto a line of one box, the headings marked
/// ■ below it; a role item wrapped after a closing bracket (`◆会場（…）` /
/// `の確保`); two photo captions in brackets side by side on one line.
const A_ONE_BOX_WRAP_AND_ITEMS_WRAPPED_AT_A_PARTICLE: &str = "\
国と地方自治体の連携による雇用対策好事例

【長崎県】【長崎県五島市】【（一社）ながさき漁業伝習所】
【福岡労働局福岡中央ハローワーク】

■目的

■取組内容

■効果

離島の漁業では就業者の減少と高齢化が進み、担い手の確保が急務となって
いる。都市部の求職者に漁業の仕事と島の暮らしを知ってもらい、新規就業と
移住につなげる。

都市部の求職者に島の漁業を伝える
「しまの漁業就業フェア」を福岡で開催

福岡市内の会場で、漁業の仕事説明と移住相談を一体で行うフェアを年２回
開催。希望者には五島市での３日間の漁業体験を案内した。

・フェアの来場者は延べ８６名、うち漁業体験に１４名が参加した。
・体験参加者のうち５名が島の漁業経営体に就業した。

【役割分担】

【長崎県】
◆フェアの企画、漁業体験の
費用の助成
◆会場（福岡県内の商業施設）
の確保

【五島市】
◆移住相談、住まいの紹介

【ハローワーク】
◆求職者への周知、職業相談

（フェア会場の様子） （漁業体験の様子）

〈照会先〉長崎労働局職業安定部職業安定課（TEL：095-801-0040）
";

#[test]
fn a_one_box_wrap_of_the_party_row_and_an_item_wrapped_at_a_particle() {
    let doc = read_page(A_ONE_BOX_WRAP_AND_ITEMS_WRAPPED_AT_A_PARTICLE);
    let c = &doc.cases[0];
    let names: Vec<&str> = c.parties.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(
        names,
        [
            "長崎県",
            "長崎県五島市",
            "(一社)ながさき漁業伝習所",
            "福岡労働局福岡中央ハローワーク"
        ]
    );
    assert_eq!(
        roles_of(c),
        [
            (
                "長崎県",
                vec![
                    "フェアの企画、漁業体験の費用の助成",
                    "会場(福岡県内の商業施設)の確保"
                ]
            ),
            ("五島市", vec!["移住相談、住まいの紹介"]),
            ("ハローワーク", vec!["求職者への周知、職業相談"])
        ]
    );
    assert_eq!(captions_of(c), ["(フェア会場の様子)", "(漁業体験の様子)"]);
}

/// A role block of a partner whose name has no organisation's ending (a JA,
/// named in the party row); the headline with a ～subtitle～ line set apart
/// below the last role block; the words of a diagram (a name over its staff
/// in brackets) above the overview's paragraph.
const A_SUBTITLED_HEADLINE_BELOW_THE_ROLES: &str = "\
国と地方自治体の連携による雇用対策好事例

【岩手県花巻市】【ＪＡいわて花巻】【岩手労働局ハローワーク花巻】

【課題・目的】
りんご等の果樹の収穫期には短期間に多くの人手が必要となるが、農家の高齢化
により人手の確保が難しくなっている。地域の短時間就労希望者と農家をつなぎ、
産地の労働力を確保する。

【実施概要】 【役割分担】

【花巻市】
◆広報誌での募集、説明会の
会場の提供

【ＪＡいわて花巻】
◆農家の求人ニーズの取りまとめ
◆収穫作業の事前講習

【ハローワーク】
◆求人の受理、職業紹介

【共通】
◆募集チラシの作成

果樹産地の担い手を地域ぐるみで確保
～収穫期の短期就労と農業体験を組み合わせて実施～

農協の集荷場

ハローワーク
（農業就職相談員）

ＪＡが農家の求人をまとめ、ハローワークが求人を受理して、短時間就労を希望する
市民に紹介。就労前には集荷場で半日の事前講習を行い、未経験者も安心して
作業に入れるようにした。

【効果】
◆収穫サポーターとして延べ６２名が就労し、受入農家は３１戸となった。
◆参加者からは「体を動かす仕事が楽しい」との声が寄せられた。

＜花巻市コメント＞
農家と市民の双方から好評で、来年度も継続したい。

≪照会先≫ 岩手労働局職業安定部職業安定課（ＴＥＬ：０１９－６０４－３００４）
";

#[test]
fn a_subtitled_headline_below_the_roles_and_a_partner_named_in_the_party_row() {
    let doc = read_page(A_SUBTITLED_HEADLINE_BELOW_THE_ROLES);
    let c = &doc.cases[0];
    assert_eq!(
        c.title.as_deref().map(squeeze).as_deref(),
        Some("果樹産地の担い手を地域ぐるみで確保~収穫期の短期就労と農業体験を組み合わせて実施~")
    );
    assert_eq!(
        roles_of(c),
        [
            ("花巻市", vec!["広報誌での募集、説明会の会場の提供"]),
            (
                "JAいわて花巻",
                vec!["農家の求人ニーズの取りまとめ", "収穫作業の事前講習"]
            ),
            ("ハローワーク", vec!["求人の受理、職業紹介"]),
            ("共通", vec!["募集チラシの作成"])
        ]
    );
    assert_eq!(
        paragraphs(&c.sections.overview),
        written(&["JAが農家の求人をまとめ、ハローワークが求人を受理して、短時間就労を希望する市民に紹介。就労前には集荷場で半日の事前講習を行い、未経験者も安心して作業に入れるようにした。"])
    );
    assert_eq!(
        paragraphs(&c.sections.effect),
        written(&[
            "◆収穫サポーターとして延べ62名が就労し、受入農家は31戸となった。",
            "◆参加者からは「体を動かす仕事が楽しい」との声が寄せられた。"
        ])
    );
    assert_eq!(
        captions_of(c),
        ["農協の集荷場", "ハローワーク(農業就職相談員)"]
    );
}

/// 漁業の担い手: the effect reports its figures; one comment states a new
/// outcome (a figure split over the comment's wrapped lines), another repeats
/// the effect's figure, and a programme's name holds a number that counts nothing.
const COMMENTS_WITH_FIGURES: &str = "\
国と地方自治体の連携による雇用対策好事例

【北海道釧路市】 【北海道労働局ハローワーク釧路】

漁業の担い手を港の就業体験で確保

【課題・目的】
漁業者の高齢化が進み、担い手の確保が急務となっている。
若者に漁業の仕事を知ってもらい、就業につなげる。

【実施概要】
漁協の協力を得て、港での就業体験ツアーを開催。

【効果】
◆ 就業体験ツアーの参加者は３６名。

＜釧路市コメント＞
ツアーに参加した３６名の多くが漁業
に関心を深めた。「浜の担い手１００人
プロジェクト」と連携して進めたい。

＜労働局コメント＞
ツアー後の職業相談を経て、すでに１
２名が漁業者に採用された。

【役割分担】
【釧路市】
◆漁協との調整
【ハローワーク】
◆職業相談・職業紹介

≪照会先≫ 北海道労働局職業安定部職業安定課 ℡：011-709-2311
";

#[test]
fn a_new_figure_in_a_comment_counts_and_a_repeated_one_does_not() {
    let doc = read_page(COMMENTS_WITH_FIGURES);
    let c = &doc.cases[0];
    let got: Vec<_> = c
        .metrics
        .iter()
        .map(|m| (m.value, m.unit.as_str(), m.category))
        .collect();
    use jirei::model::MetricCategory::*;
    assert_eq!(got, [(36, "名", Participants), (12, "名", Employed)]);
}

/// 買い物弱者の見守りと就労 (a page of its own): the purpose states the problem in
/// figures (the town's households, the nation's count) and a goal; only the goal
/// and the outcomes are the case's metrics.
const FIGURES_OF_THE_PROBLEM: &str = "\
国と地方自治体の連携による雇用対策好事例

【長野県木曽町】【長野労働局ハローワーク木曽福島】

移動販売の担い手を地域で育て、高齢者の見守りと雇用を両立

【課題・目的】
町内の高齢者のみの世帯は約１，２００世帯に上り、全国でも買い物に困る高齢者は
約８００万人と推計される。移動販売車の運転手を地元で確保し、令和３年度までに
２０人の就職を目標に、見守りと雇用の場を同時につくる。

【実施概要】
ハローワークが求職者に運転手の仕事を紹介し、町が大型免許の取得費用を助成。

【効果】
◆運転手の募集に１５名が応募し、９名が就職した。
";

#[test]
fn figures_that_state_the_problem_are_no_metrics_but_its_goal_is() {
    let doc = read_page(FIGURES_OF_THE_PROBLEM);
    let c = &doc.cases[0];
    let got: Vec<(u64, &str, jirei::model::MetricCategory)> = c
        .metrics
        .iter()
        .map(|m| (m.value, m.unit.as_str(), m.category))
        .collect();
    use jirei::model::MetricCategory::*;
    assert_eq!(
        got,
        [
            (20, "人", Target),
            (15, "名", Applicants),
            (9, "名", Employed)
        ]
    );
}

/// Headings printed bare, no bracket or mark, each on a line of its own above
/// its box (`目 的`, `実施概要：`, `役割分担`, `効果`), a comment box and a
/// mascot between them; the effect right below its heading.
const BARE_HEADINGS_ABOVE_THEIR_BOXES: &str = "\
国と地方自治体の連携による雇用対策好事例

【大分県別府市】 【大分労働局ハローワーク別府】

宿泊業の仕事体験会で温泉旅館の人材確保を支援

目 的

市内の旅館・ホテルでは客室清掃や調理補助の人手が不足しており、求人を
出しても応募が少ない。宿泊業の仕事を体験する機会を設け、地元の求職者
と事業所の出会いを増やすことで、観光を支える人材の確保を図る。

実施概要：

ハローワーク別府と別府市が共催し、市内の旅館６施設を会場に「宿泊業
おしごと体験会」を開催した。
・体験内容：客室清掃、配膳、フロント業務の見学
・対象：子育て中の方、シニア層を含む求職者

＜別府市コメント＞
観光の担い手を地元で育てるきっかけに
なった。来年度は対象施設を増やしたい。

べっぴょん

役割分担

【別府市】
◆旅館組合との調整、会場施設の確保
◆市報での参加者募集

【ハローワーク別府】
◆体験会後の職業相談・紹介
◆参加施設の求人の充実支援

効果
体験会には求職者４５名が参加し、うち１２名が参加施設に採用されたほか、参加者
からは仕事の流れが分かり応募の不安がなくなったとの声が多く聞かれた。

〈照会先〉 大分労働局職業安定部職業安定課（ＴＥＬ：０９７－５３５－２０９０）
";

#[test]
fn bare_headings_head_the_boxes_below_them() {
    let doc = read_page(BARE_HEADINGS_ABOVE_THEIR_BOXES);
    let c = &doc.cases[0];
    assert_eq!(
        c.title.as_deref(),
        Some("宿泊業の仕事体験会で温泉旅館の人材確保を支援")
    );
    assert_eq!(
        paragraphs(&c.sections.purpose),
        written(&["市内の旅館・ホテルでは客室清掃や調理補助の人手が不足しており、求人を出しても応募が少ない。宿泊業の仕事を体験する機会を設け、地元の求職者と事業所の出会いを増やすことで、観光を支える人材の確保を図る。"])
    );
    assert_eq!(
        paragraphs(&c.sections.overview),
        written(&[
            "ハローワーク別府と別府市が共催し、市内の旅館6施設を会場に「宿泊業おしごと体験会」を開催した。",
            "・体験内容:客室清掃、配膳、フロント業務の見学",
            "・対象:子育て中の方、シニア層を含む求職者",
        ])
    );
    assert_eq!(
        paragraphs(&c.sections.effect),
        written(&["体験会には求職者45名が参加し、うち12名が参加施設に採用されたほか、参加者からは仕事の流れが分かり応募の不安がなくなったとの声が多く聞かれた。"])
    );
    assert_eq!(
        roles_of(c),
        [
            (
                "別府市",
                vec!["旅館組合との調整、会場施設の確保", "市報での参加者募集"]
            ),
            (
                "ハローワーク別府",
                vec!["体験会後の職業相談・紹介", "参加施設の求人の充実支援"]
            )
        ]
    );
    assert_eq!(captions_of(c), ["べっぴょん"]);
}

/// Bare headings in a row (`背景・課題` / `事業概要`) with their boxes below
/// them in the same order, the role blocks under a bare `役割分担` before the
/// effect's bare heading (`成果`), a title above the banner.
const BARE_HEADINGS_IN_A_ROW: &str = "\
冬の仕事説明会で季節労働者の地元就労を支援

国と地方自治体の連携による雇用対策好事例

【秋田県】 【秋田県横手市】 【秋田労働局ハローワーク横手】

背景・課題

事業概要

冬期間に仕事が減る農業者や季節労働者の多くが県外へ出稼ぎに出ており、
地域の担い手の流出が続いている。冬の間も地元で働ける場をつくることで、
通年雇用への移行を図る。

県の「冬期就労促進事業」と連携し、市内の食品加工・除雪関連の事業所の
冬期求人を集めた「ふゆの仕事説明会」を１１月に開催。説明会の後はハロー
ワークで個別の職業相談を行い、事業所の見学を調整した。

役割分担
【秋田県】
◆事業所への冬期求人の提出依頼
【横手市】
◆説明会会場の提供、市報での周知
【ハローワーク横手】
◆冬期求人の受理・公開、職業紹介

成果
◆説明会の来場者は６８名で、うち２３名が冬期の仕事に就いた。
◆翌年度から通年雇用に切り替えた事業所も現れた。

＜横手市コメント＞
地元で冬を越せる仕事があることを
知ってもらえた。

≪照会先≫ 秋田労働局職業安定部職業安定課（ＴＥＬ：０１８－８８３－０００７）
";

#[test]
fn bare_headings_in_a_row_head_the_boxes_in_their_order() {
    let doc = read_page(BARE_HEADINGS_IN_A_ROW);
    let c = &doc.cases[0];
    let heading = |s: &Option<jirei::model::Section>| s.as_ref().and_then(|s| s.heading.clone());
    assert_eq!(heading(&c.sections.purpose).as_deref(), Some("背景・課題"));
    assert_eq!(heading(&c.sections.overview).as_deref(), Some("事業概要"));
    assert_eq!(heading(&c.sections.effect).as_deref(), Some("成果"));
    assert_eq!(
        paragraphs(&c.sections.purpose),
        written(&["冬期間に仕事が減る農業者や季節労働者の多くが県外へ出稼ぎに出ており、地域の担い手の流出が続いている。冬の間も地元で働ける場をつくることで、通年雇用への移行を図る。"])
    );
    assert_eq!(
        paragraphs(&c.sections.overview),
        written(&["県の「冬期就労促進事業」と連携し、市内の食品加工・除雪関連の事業所の冬期求人を集めた「ふゆの仕事説明会」を11月に開催。説明会の後はハローワークで個別の職業相談を行い、事業所の見学を調整した。"])
    );
    assert_eq!(
        paragraphs(&c.sections.effect),
        written(&[
            "◆説明会の来場者は68名で、うち23名が冬期の仕事に就いた。",
            "◆翌年度から通年雇用に切り替えた事業所も現れた。",
        ])
    );
    assert_eq!(
        roles_of(c),
        [
            ("秋田県", vec!["事業所への冬期求人の提出依頼"]),
            ("横手市", vec!["説明会会場の提供、市報での周知"]),
            ("ハローワーク横手", vec!["冬期求人の受理・公開、職業紹介"])
        ]
    );
    assert!(captions_of(c).is_empty(), "{:?}", captions_of(c));
}

/// The title printed last, set apart below the comments and above the
/// contact, wrapped over three lines (a catch line, then the programme's
/// headline), with none of a headline's closing words; the effect's table and
/// bullets above it.
const THE_TITLE_LAST_ON_THE_PAGE: &str = "\
国と地方自治体の連携による雇用対策好事例

【鳥取県】【鳥取県米子市】【鳥取労働局ハローワーク米子】

【課題・目的】
県外から移住を希望する方の多くが、移住先での仕事探しに不安を抱えている。
移住前から職業訓練と職業紹介を一体で行い、移住と就職を同時に実現する。

【実施概要】
県の移住定住サポートセンターが移住希望者を募り、米子市内の訓練施設で
２か月間の介護・物流分野の職業訓練を実施。訓練中にハローワーク米子が
職業相談を行い、修了時に市内企業との面談会を開催した。

【効果】
受講者数 修了者数 就職者数
２０名 １８名 １１名
◆就職者のうち９名が訓練修了後に米子市へ転入した。

＜米子市コメント＞
移住と仕事を同時に支えることで、
定住につながる手応えを感じている。

島根にも近い、暮らしやすい街で
県・市・ハローワークの協働による
移住希望者の職業訓練と就職マッチング

≪照会先≫ 鳥取労働局職業安定部職業安定課（ＴＥＬ：０８５７－２９－１７０７）
";

#[test]
fn a_headline_set_apart_at_the_end_of_the_page_is_the_title() {
    let doc = read_page(THE_TITLE_LAST_ON_THE_PAGE);
    let c = &doc.cases[0];
    assert_eq!(
        c.title.as_deref().map(squeeze).as_deref(),
        Some("島根にも近い、暮らしやすい街で県・市・ハローワークの協働による移住希望者の職業訓練と就職マッチング")
    );
    assert_eq!(
        paragraphs(&c.sections.effect),
        written(&[
            "受講者数修了者数就職者数",
            "20名18名11名",
            "◆就職者のうち9名が訓練修了後に米子市へ転入した。",
        ])
    );
}

/// Headings in a row, their contents below; two photos printed beside the
/// boxes, their captions read out between them: a place with a note in
/// brackets after the last item of what was done, and a line written as a
/// sentence without its 。 next to a mascot's name after what came of it. A
/// role item wrapped across a blank line ends with a note in brackets, and
/// stays one item.
const CAPTIONS_BESIDE_THE_BOXES: &str = "\
潜在保育士の復職を後押し
市とハローワークが合同で「保育のおしごと相談会」を開催

国と地方自治体の連携による雇用対策好事例

【静岡県浜松市】 【静岡労働局ハローワーク浜松】

【課題・目的】

【実施概要】

【役割分担】

【効果】

市内の保育所では保育士の不足が続き、年度途中の入所希望に応えられない
状況にある。資格を持ちながら保育の仕事に就いていない潜在保育士の復職
を後押しし、保育人材の確保を図る。

◆ 市の保育士・保育所支援センターとハローワークが合同で「保育のおしご
と相談会」を年３回開催。
◆ 復職に不安を抱える方を対象に、現役保育士との座談会と園見学を実施。

保育室での園見学（市立中央こども園）

【浜松市】
◆相談会の企画・運営、市内の保育所
への参加依頼
◆復職支援研修の実施

【ハローワーク】
◆保育士求人の確保と

求人票の記載支援（処遇の明示）
◆職業相談・職業紹介

◆ 相談会には３回で延べ８６名が来場し、うち２７名が市内の保育所に就職
した。
◆ 座談会の参加者からは「ブランクがあっても働けると感じた」との声が多
く寄せられた。

家康くんも相談会を応援しました

出世大名家康くん

＜浜松市コメント＞
保育士の確保は市の重要な課題であり、
ハローワークと一緒に取り組むことで、
多くの潜在保育士に出会うことができた。

≪照会先≫ 静岡労働局職業安定部職業安定課 （０５４－２７１－９９５０）
";

#[test]
fn captions_standing_apart_below_the_boxes_are_no_part_of_them() {
    let doc = read_page(CAPTIONS_BESIDE_THE_BOXES);
    assert_eq!(doc.cases.len(), 1);
    let c = &doc.cases[0];
    assert_eq!(
        c.title.as_deref(),
        Some("潜在保育士の復職を後押し市とハローワークが合同で「保育のおしごと相談会」を開催")
    );
    assert_eq!(
        paragraphs(&c.sections.purpose),
        written(&["市内の保育所では保育士の不足が続き、年度途中の入所希望に応えられない状況にある。資格を持ちながら保育の仕事に就いていない潜在保育士の復職を後押しし、保育人材の確保を図る。"])
    );
    assert_eq!(
        paragraphs(&c.sections.overview),
        written(&[
            "◆市の保育士・保育所支援センターとハローワークが合同で「保育のおしごと相談会」を年3回開催。",
            "◆復職に不安を抱える方を対象に、現役保育士との座談会と園見学を実施。"
        ])
    );
    assert_eq!(
        paragraphs(&c.sections.effect),
        written(&[
            "◆相談会には3回で延べ86名が来場し、うち27名が市内の保育所に就職した。",
            "◆座談会の参加者からは「ブランクがあっても働けると感じた」との声が多く寄せられた。"
        ])
    );
    assert_eq!(
        captions_of(c),
        [
            "保育室での園見学(市立中央こども園)",
            "家康くんも相談会を応援しました",
            "出世大名家康くん"
        ]
    );
    assert_eq!(
        roles_of(c),
        [
            (
                "浜松市",
                vec![
                    "相談会の企画・運営、市内の保育所への参加依頼",
                    "復職支援研修の実施"
                ]
            ),
            (
                "ハローワーク",
                vec![
                    "保育士求人の確保と求人票の記載支援(処遇の明示)",
                    "職業相談・職業紹介"
                ]
            )
        ]
    );
    assert_eq!(comments_of(c)[0].0, "浜松市");
}

/// A short line without its 。 right below a heading is the section's
/// content, even with a photo's caption below it.
const SHORT_EFFECT_OVER_A_CAPTION: &str = "\
国と地方自治体の連携による雇用対策好事例

【鹿児島県奄美市】 【鹿児島労働局ハローワーク名瀬】

島の宿泊施設と求職者をつなぐ「観光のしごと相談会」を開催

【課題・目的】
観光客の回復に伴い宿泊施設の人手不足が深刻となっており、島内の求職者と
宿泊施設を結び付けることで、観光業の担い手確保を図る。

【実施概要】
市とハローワークが共同で、宿泊施設の担当者と求職者が直接話せる相談会を
市民交流センターで開催した。

【効果】

相談会後の採用状況は各施設に確認中

相談会の様子

≪照会先≫ 鹿児島労働局職業安定部職業安定課 （０９９－２１９－８７１１）
";

#[test]
fn a_short_line_under_a_heading_is_its_content_beside_a_caption() {
    let doc = read_page(SHORT_EFFECT_OVER_A_CAPTION);
    let c = &doc.cases[0];
    assert_eq!(
        paragraphs(&c.sections.effect),
        written(&["相談会後の採用状況は各施設に確認中"])
    );
    assert_eq!(captions_of(c), ["相談会の様子"]);
}

/// Headings marked ◇, two of them read out on one line (`◇実施概要 ◇役割分担`)
/// below the purpose's paragraph; what was done and the role blocks below.
const TWO_MARKED_HEADINGS_ON_ONE_LINE: &str = "\
国と地方自治体の連携による雇用対策好事例

【新潟県長岡市】 【新潟労働局ハローワーク長岡】

介護の仕事説明会で未経験者の入職を支援

◇課題・目的
市内の介護事業所では職員の不足が続いている。介護の仕事に触れる機会を
つくり、未経験者の入職につなげる。

◇実施概要 ◇役割分担

市内の特別養護老人ホームを会場に、介護の仕事説明会と施設見学を年２回開催。

【長岡市】
◆会場施設との調整、市報での周知

【ハローワーク長岡】
◆参加者への職業相談・職業紹介

◇効果
説明会には２回で延べ３８名が参加し、うち９名が介護職として就職した。

≪照会先≫ 新潟労働局職業安定部職業安定課（ＴＥＬ：０２５－２８８－３５０７）
";

#[test]
fn two_marked_headings_on_one_line_head_their_sections() {
    let doc = read_page(TWO_MARKED_HEADINGS_ON_ONE_LINE);
    let c = &doc.cases[0];
    assert_eq!(
        paragraphs(&c.sections.purpose),
        written(&["市内の介護事業所では職員の不足が続いている。介護の仕事に触れる機会をつくり、未経験者の入職につなげる。"])
    );
    assert_eq!(
        paragraphs(&c.sections.overview),
        written(&["市内の特別養護老人ホームを会場に、介護の仕事説明会と施設見学を年2回開催。"])
    );
    assert_eq!(
        roles_of(c),
        [
            ("長岡市", vec!["会場施設との調整、市報での周知"]),
            ("ハローワーク長岡", vec!["参加者への職業相談・職業紹介"]),
        ]
    );
    assert_eq!(
        paragraphs(&c.sections.effect),
        written(&["説明会には2回で延べ38名が参加し、うち9名が介護職として就職した。"])
    );
}

/// 林業の担い手: the party row printed without brackets, the names parted by
/// ×, right below the banner and above the title.
const A_PARTY_ROW_PARTED_BY_CROSSES: &str = "\
国と地方自治体の連携による雇用対策好事例

奈良県吉野町 × 奈良県森林組合連合会 × 奈良労働局ハローワーク大和高田

林業の担い手確保に向けた「森のしごと体験会」を開催

【課題・目的】
町の面積の約８割を森林が占めるが、林業従事者の高齢化が進み、
手入れの行き届かない森林が増えている。林業の仕事を体験する
機会を設け、町内の林業事業体への就職につなげる。

【実施概要】
町と森林組合連合会、ハローワークが共同で、求職者を対象に
伐採現場の見学と林業機械の操作体験を行う体験会を開催した。

【役割分担】
【吉野町】
◆体験会場の確保、町広報誌での周知
【奈良県森林組合連合会】
◆現場見学の受入れ、講師の派遣
【ハローワーク】
◆求職者への周知、参加者への職業紹介

【効果】
体験会には２３名が参加し、うち６名が林業事業体に就職した。

≪照会先≫ 奈良労働局職業安定部職業安定課 （ＴＥＬ：０７４２－３２－０２０９）
";

#[test]
fn a_party_row_without_brackets_parted_by_crosses() {
    let doc = read_page(A_PARTY_ROW_PARTED_BY_CROSSES);
    let c = &doc.cases[0];
    assert_eq!(
        parties_of(c),
        [
            ("奈良県吉野町", PartyKind::Municipality),
            ("奈良県森林組合連合会", PartyKind::Other),
            ("奈良労働局ハローワーク大和高田", PartyKind::HelloWork),
        ]
    );
    assert_eq!(c.prefecture.as_deref(), Some("奈良県"));
    assert_eq!(
        c.title.as_deref(),
        Some("林業の担い手確保に向けた「森のしごと体験会」を開催")
    );
    assert_eq!(
        paragraphs(&c.sections.purpose),
        written(&["町の面積の約8割を森林が占めるが、林業従事者の高齢化が進み、手入れの行き届かない森林が増えている。林業の仕事を体験する機会を設け、町内の林業事業体への就職につなげる。"])
    );
}

/// ひきこもり経験のある若者の就労: the party row of four names parted by a
/// spaced ・ below the banner (no contact: the prefecture is the bureau's), and
/// headings printed ■.
const A_PARTY_ROW_PARTED_BY_MIDDLE_DOTS: &str = "\
国と地方自治体の連携による雇用対策好事例

日向市 ・ 日向商工会議所 ・ 特定非営利活動法人ひゅうが若者ネット ・ 宮崎労働局ハローワーク日向

ひきこもり経験のある若者の職場体験から就職までを一貫して支援

■課題・目的
長くひきこもりの状態にあった若者は、働くことへの不安が大きく、
求人への応募に踏み出せない。地域の事業所での職場体験を通じて
自信を取り戻し、就職につなげる。

■実施概要
ＮＰＯが若者の相談に応じ、商工会議所が会員事業所から体験先を募り、
ハローワークが体験後の職業紹介を行う。

■効果
職場体験に参加した若者１４名のうち、５名が就職した。
";

#[test]
fn a_party_row_without_brackets_parted_by_middle_dots() {
    let doc = read_page(A_PARTY_ROW_PARTED_BY_MIDDLE_DOTS);
    let c = &doc.cases[0];
    assert_eq!(
        parties_of(c),
        [
            ("日向市", PartyKind::Municipality),
            ("日向商工会議所", PartyKind::Other),
            ("特定非営利活動法人ひゅうが若者ネット", PartyKind::Other),
            ("宮崎労働局ハローワーク日向", PartyKind::HelloWork),
        ]
    );
    assert_eq!(c.prefecture.as_deref(), Some("宮崎県"));
    assert_eq!(
        c.title.as_deref(),
        Some("ひきこもり経験のある若者の職場体験から就職までを一貫して支援")
    );
}

/// 外国人介護人材: the headings printed first, then a party row of boxes
/// wrapped over two lines, the second box wrapped inside its brackets; the role
/// blocks below name the partners shortly.
const A_PARTY_ROW_WRAPPED_INSIDE_A_BOX: &str = "\
国と地方自治体の連携による雇用対策好事例

【目的】

【事業概要】

【役割分担】

【効果】

【長野県】 【公益社団法人長野県介護福祉士会
（外国人介護人材相談窓口）】 【長野労働局ハローワーク松本】

外国人介護職員の受入れと定着を県・専門職団体・ハローワークで支援

介護施設では外国人職員の受入れが進む一方、日本語での記録業務や
生活面の不安から早期に離職する例がある。受入れ施設と外国人職員の
双方を支え、職場への定着を図る。

受入れを検討する施設向けの説明会と、外国人職員向けの相談会を開催した。

【長野県】
◆説明会の企画、施設への周知
【介護福祉士会】
◆相談窓口の運営、記録業務の研修
【ハローワーク】
◆求人の受理、施設への助言

説明会には３２施設が参加し、相談会では延べ４８件の相談に応じた。
";

#[test]
fn a_party_row_wrapped_inside_a_box_below_the_headings() {
    let doc = read_page(A_PARTY_ROW_WRAPPED_INSIDE_A_BOX);
    let c = &doc.cases[0];
    assert_eq!(
        parties_of(c),
        [
            ("長野県", PartyKind::Prefecture),
            (
                "公益社団法人長野県介護福祉士会(外国人介護人材相談窓口)",
                PartyKind::Other
            ),
            ("長野労働局ハローワーク松本", PartyKind::HelloWork),
        ]
    );
    assert_eq!(
        roles_of(c),
        [
            ("長野県", vec!["説明会の企画、施設への周知"]),
            ("介護福祉士会", vec!["相談窓口の運営、記録業務の研修"]),
            ("ハローワーク", vec!["求人の受理、施設への助言"]),
        ]
    );
}

/// 林業の担い手: the contact printed over three lines — the bureau after the
/// label, the unit in charge on the next line, the phone with its extension on
/// the third.
const A_CONTACT_OVER_THREE_LINES: &str = "\
国と地方自治体の連携による雇用対策好事例

【奈良県】 【奈良県森林組合連合会】 【奈良労働局ハローワーク大淀】

林業の担い手を育てる「森の仕事体験会」を開催

【課題・目的】
県南部の森林組合では作業員の高齢化が進み、新たな担い手の確保が
急務となっている。林業の仕事を知ってもらう機会を設け、就業に
つなげることを目的とする。

【実施概要】
森林組合の作業現場で、伐採や植林の体験と先輩作業員との座談会を
行う体験会を年３回開催した。

【役割分担】
【奈良県】
◆体験会の企画、広報
【奈良県森林組合連合会】
◆作業現場の提供、講師の派遣
【ハローワーク大淀】
◆参加者の募集、職業相談・職業紹介

【効果】
体験会の参加者４２名のうち、８名が森林組合に就職した。

≪照会先≫ 奈良労働局職業安定部職業安定課
雇用開発担当
ＴＥＬ：0742-32-0209（内線３１２）
";

#[test]
fn a_contact_over_three_lines_keeps_its_unit_and_phone() {
    use jirei::model::Field;
    let doc = read_page(A_CONTACT_OVER_THREE_LINES);
    let c = &doc.cases[0];
    let contact = c.contact.as_ref().unwrap();
    assert_eq!(
        contact.org.as_deref(),
        Some("奈良労働局職業安定部職業安定課雇用開発担当")
    );
    assert_eq!(phone_of(c), Some("0742-32-0209"));
    assert_eq!(contact.url, None);
    for raw in [
        "≪照会先≫ 奈良労働局職業安定部職業安定課",
        "雇用開発担当",
        "ＴＥＬ：0742-32-0209（内線３１２）",
    ] {
        assert_eq!(field_of(c, raw), [&Field::Contact], "{raw}");
    }
    assert_eq!(
        paragraphs(&c.sections.effect),
        written(&["体験会の参加者42名のうち、8名が森林組合に就職した。"])
    );
    assert_eq!(
        paragraphs(&c.sections.overview),
        written(&["森林組合の作業現場で、伐採や植林の体験と先輩作業員との座談会を行う体験会を年3回開催した。"])
    );
}

/// 離島の宿泊業: a sentence of the overview wrapped so that a line opens with
/// 連絡先を…; the contact a bare label over the bureau spaced out, its unit
/// with the person in charge in brackets, FAX printed before TEL, an e-mail
/// address.
const A_BARE_CONTACT_LABEL_OVER_A_SPACED_BUREAU: &str = "\
国と地方自治体の連携による雇用対策好事例

【長崎県五島市】【長崎労働局ハローワーク五島】

離島の旅館・ホテルと求職者を結ぶ「しまの仕事説明会」

【課題・目的】
島内の旅館やホテルでは観光客の回復に人手が追いつかず、
人材の確保が課題となっている。島の宿泊業の仕事を知ってもらい、
就職につなげることを目的とする。

【実施概要】
市とハローワークが、島内の宿泊事業所による説明会を年４回開いた。
連絡先を登録した参加者には、新しい求人をメールで知らせた。

【役割分担】
【五島市】
◆説明会の会場確保、市報での周知
【ハローワーク五島】
◆事業所の募集、参加者への職業相談

【効果】
説明会に延べ６５名が参加し、１２名が採用された。

〈照会先〉
長崎労働局 職業安定部 職業対策課
地域雇用対策係（担当：山本）
ＦＡＸ：095-801-0045 ＴＥＬ：095-801-0042
E-mail：nagasaki-taisaku@mhlw.go.jp
";

#[test]
fn a_bare_contact_label_over_a_spaced_bureau_its_unit_and_numbers() {
    use jirei::model::Field;
    let doc = read_page(A_BARE_CONTACT_LABEL_OVER_A_SPACED_BUREAU);
    let c = &doc.cases[0];
    let contact = c.contact.as_ref().unwrap();
    assert_eq!(
        contact.org.as_deref(),
        Some("長崎労働局職業安定部職業対策課地域雇用対策係")
    );
    assert_eq!(phone_of(c), Some("095-801-0042"));
    assert_eq!(contact.url, None);
    for raw in [
        "〈照会先〉",
        "長崎労働局 職業安定部 職業対策課",
        "地域雇用対策係（担当：山本）",
        "ＦＡＸ：095-801-0045 ＴＥＬ：095-801-0042",
        "E-mail：nagasaki-taisaku@mhlw.go.jp",
    ] {
        assert_eq!(field_of(c, raw), [&Field::Contact], "{raw}");
    }
    assert_eq!(
        paragraphs(&c.sections.overview),
        written(&["市とハローワークが、島内の宿泊事業所による説明会を年4回開いた。連絡先を登録した参加者には、新しい求人をメールで知らせた。"])
    );
    assert_eq!(
        paragraphs(&c.sections.effect),
        written(&["説明会に延べ65名が参加し、12名が採用された。"])
    );
}

/// The headings in a row at the top (the 役割分担 heading among them), the
/// role blocks printed far below after the effect, each headed by a partner's
/// name with a mark (`●下川町`, `●ハローワーク`) over its items; a list of
/// lecturers in the overview under 講師, marked the same way, one of them a
/// partner.
const MARKED_ROLE_BLOCKS_AWAY_FROM_THEIR_HEADING: &str = "\
国と地方自治体の連携による雇用対策好事例

【課題・目的】

≪照会先≫ 北海道労働局職業安定部職業安定課 （０１１－７０９－２３１１）

【北海道下川町】 【北海道労働局ハローワーク名寄】

林業の仕事体験会で移住と就業を支援

【実施概要】

【役割分担】

林業の担い手が高齢化し、新たな就業者の確保が課題となっている。町内の林業
事業体と求職者を結び付け、町への移住と林業への就業を進める。

町内の森林で林業の仕事体験会を開催し、体験後に事業体との面談を行った。
講師
○北海道森林組合連合会
・林業の仕事と安全作業について
○ハローワーク名寄
・林業の求人の探し方

【効果】

体験会には延べ１８名が参加し、うち５名が町内の林業事業体に就職した。

●下川町
・体験会の会場となる町有林の確保
・移住相談窓口の案内

●ハローワーク
・参加者の募集と職業相談
・事業体の求人の受理
";

#[test]
fn a_partner_named_with_a_mark_heads_a_role_block_away_from_its_heading() {
    let doc = read_page(MARKED_ROLE_BLOCKS_AWAY_FROM_THEIR_HEADING);
    let c = &doc.cases[0];
    assert_eq!(
        roles_of(c),
        [
            (
                "下川町",
                vec!["体験会の会場となる町有林の確保", "移住相談窓口の案内"]
            ),
            (
                "ハローワーク",
                vec!["参加者の募集と職業相談", "事業体の求人の受理"]
            ),
        ]
    );
    // The lecturers stay in the overview, the partner among them too.
    let overview = c.sections.overview.as_ref().map(|o| o.text.as_str());
    assert!(overview.is_some_and(|o| o.contains("○北海道森林組合連合会")));
    assert!(overview.is_some_and(|o| o.contains("○ハローワーク名寄\n・林業の求人の探し方")));
}

/// The same layout with the role blocks' headers written as a partner's name
/// and a colon on a line of their own (`下川町：`, `ハローワーク名寄：`).
#[test]
fn a_partner_named_with_a_colon_heads_a_role_block_away_from_its_heading() {
    let page = MARKED_ROLE_BLOCKS_AWAY_FROM_THEIR_HEADING
        .replace("●下川町", "下川町：")
        .replace("●ハローワーク", "ハローワーク名寄：");
    let doc = read_page(&page);
    let c = &doc.cases[0];
    assert_eq!(
        roles_of(c),
        [
            (
                "下川町",
                vec!["体験会の会場となる町有林の確保", "移住相談窓口の案内"]
            ),
            (
                "ハローワーク名寄",
                vec!["参加者の募集と職業相談", "事業体の求人の受理"]
            ),
        ]
    );
}

/// A second contact beside the bureau's (`≪照会先≫`): the city's office for
/// the programme, under a label in brackets, on a line of its own. It is no
/// part of any section, and the case's contact stays the bureau's; a sentence
/// of the overview giving the office's number keeps it.
const A_SECOND_CONTACT_BESIDE_THE_BUREAUS: &str = "\
国と地方自治体の連携による雇用対策好事例

【高知県土佐清水市】 【高知労働局ハローワーク土佐清水】

漁業の担い手を育てる「漁師塾」を開講

【課題・目的】
漁業者の高齢化が進み、担い手の確保が課題となっている。未経験者が漁業の
技術を学ぶ場をつくり、漁業への就業と定着を図る。

【実施概要】
市が漁協と共同で「漁師塾」を開講し、定置網や一本釣りの実習を行った。
ハローワークは受講者の募集と職業相談を行った。申込みは市水産商工課
（０８８０－８２－１２３４）で受け付けた。

【効果】
受講者１０名のうち６名が市内の漁業経営体に就職した。

≪照会先≫ 高知労働局職業安定部職業安定課 ＴＥＬ：０８８－８８５－６０５１
〔漁師塾について〕土佐清水市水産商工課　ＴＥＬ：０８８０－８２－１２３４
";

#[test]
fn a_second_contact_beside_the_bureaus_belongs_to_no_section() {
    use jirei::model::Field;
    let doc = read_page(A_SECOND_CONTACT_BESIDE_THE_BUREAUS);
    let c = &doc.cases[0];
    let contact = c.contact.as_ref().unwrap();
    assert_eq!(
        contact.org.as_deref(),
        Some("高知労働局職業安定部職業安定課")
    );
    assert_eq!(phone_of(c), Some("088-885-6051"));
    assert_eq!(
        field_of(
            c,
            "〔漁師塾について〕土佐清水市水産商工課　ＴＥＬ：０８８０－８２－１２３４"
        ),
        [&Field::Footer]
    );
    let overview = squeeze(&c.sections.overview.as_ref().unwrap().text);
    assert!(
        overview.ends_with("申込みは市水産商工課(0880-82-1234)で受け付けた。"),
        "{overview}"
    );
    assert!(!overview.contains("漁師塾について"), "{overview}");
    assert_eq!(
        paragraphs(&c.sections.effect),
        written(&["受講者10名のうち6名が市内の漁業経営体に就職した。"])
    );
    // The same line with no label, above the bureau's contact, is no
    // section's either.
    let page = A_SECOND_CONTACT_BESIDE_THE_BUREAUS.replace(
        "≪照会先≫ 高知労働局職業安定部職業安定課 ＴＥＬ：０８８－８８５－６０５１\n〔漁師塾について〕土佐清水市水産商工課　ＴＥＬ：０８８０－８２－１２３４\n",
        "土佐清水市水産商工課　ＴＥＬ：０８８０－８２－１２３４\n\n≪照会先≫ 高知労働局職業安定部職業安定課 ＴＥＬ：０８８－８８５－６０５１\n",
    );
    let doc = read_page(&page);
    let c = &doc.cases[0];
    assert_eq!(
        paragraphs(&c.sections.effect),
        written(&["受講者10名のうち6名が市内の漁業経営体に就職した。"])
    );
    assert!(!squeeze(&c.sections.overview.as_ref().unwrap().text).contains("TEL"));
    assert_eq!(phone_of(c), Some("088-885-6051"));
}

/// No 【実施概要】 on a page printing its other headings: a box under its own
/// label (`【支援の流れ】`) with the steps of what is done stands in its
/// place. The label is the overview's heading, not a line of its text.
const A_LABELLED_BOX_IN_THE_OVERVIEWS_PLACE: &str = "\
国と地方自治体の連携による雇用対策好事例

【長野県塩尻市】 【長野労働局ハローワーク塩尻】

ワインぶどう農家への就農を体験から支える

【課題・目的】
ワインぶどうの栽培農家が高齢化し、後継者の確保が課題となっている。就農
希望者が栽培を体験できる場をつくり、新規就農と雇用就農を図る。

【支援の流れ】
①　ハローワークが就農相談会で希望者を受け付け
②　市の農業公社で１年間の栽培研修
③　研修後、受入農家への就職または独立就農

【役割分担】
【塩尻市】
◆研修農場の確保、研修手当の支給
【ハローワーク塩尻】
◆就農相談会の開催、農業求人の紹介

【効果】
◆研修修了者８名のうち５名が受入農家に就職した。

≪照会先≫ 長野労働局職業安定部職業安定課 ＴＥＬ：０２６－２２６－０８６５
";

#[test]
fn a_labelled_box_in_the_overviews_place_is_headed_by_its_label() {
    use jirei::model::Field;
    let doc = read_page(A_LABELLED_BOX_IN_THE_OVERVIEWS_PLACE);
    let c = &doc.cases[0];
    let overview = c.sections.overview.as_ref().unwrap();
    assert_eq!(overview.heading.as_deref(), Some("支援の流れ"));
    assert_eq!(
        paragraphs(&c.sections.overview),
        written(&[
            "①ハローワークが就農相談会で希望者を受け付け",
            "②市の農業公社で1年間の栽培研修",
            "③研修後、受入農家への就職または独立就農",
        ])
    );
    assert_eq!(field_of(c, "【支援の流れ】"), [&Field::Heading]);
    assert_eq!(
        paragraphs(&c.sections.effect),
        written(&["◆研修修了者8名のうち5名が受入農家に就職した。"])
    );
    // A label in other marks than the headings' is a sub-heading, kept.
    let page = A_LABELLED_BOX_IN_THE_OVERVIEWS_PLACE.replace("【支援の流れ】", "＜支援の流れ＞");
    let doc = read_page(&page);
    let c = &doc.cases[0];
    assert_eq!(c.sections.overview.as_ref().unwrap().heading, None);
    assert_eq!(
        paragraphs(&c.sections.overview),
        written(&[
            "<支援の流れ>",
            "①ハローワークが就農相談会で希望者を受け付け",
            "②市の農業公社で1年間の栽培研修",
            "③研修後、受入農家への就職または独立就農",
        ])
    );
    // Under a printed 【実施概要】 the same box is a sub-heading of it, kept.
    let page = A_LABELLED_BOX_IN_THE_OVERVIEWS_PLACE.replace(
        "【支援の流れ】\n",
        "【実施概要】\n市の農業公社とハローワークが、就農希望者の研修から就職までを支援した。\n【支援の流れ】\n",
    );
    let doc = read_page(&page);
    let c = &doc.cases[0];
    let overview = c.sections.overview.as_ref().unwrap();
    assert_eq!(overview.heading.as_deref(), Some("実施概要"));
    assert_eq!(
        paragraphs(&c.sections.overview),
        written(&[
            "市の農業公社とハローワークが、就農希望者の研修から就職までを支援した。",
            "【支援の流れ】",
            "①ハローワークが就農相談会で希望者を受け付け",
            "②市の農業公社で1年間の栽培研修",
            "③研修後、受入農家への就職または独立就農",
        ])
    );
}

/// The four headings in a row at the top, their contents below in another
/// order: the effect, a comment, the problem and the aim, the role blocks,
/// then what was done. Neither prose paragraph is set under its heading: the
/// wording decides (a state that is the problem, `…方が多く`, `…ケースも見られる`,
/// and the aim, `…を後押しする`; what was done, `…を解説`, `…を紹介`, whom it
/// was for, `対象：`), not the order of the heading row.
const HEADINGS_IN_A_ROW_OVER_CONTENTS_IN_ANOTHER_ORDER: &str = "\
国と地方自治体の連携による雇用対策好事例

【長野県松本市】 【長野労働局ハローワーク松本】

【課題・目的】

【実施概要】

【役割分担】

【効果】

◆参加者は２回で計４６名、うち１１名がシルバー人材センターに登録。
◆セミナー後に職業相談に進んだ方は９名で、うち４名が就職。

＜松本市コメント＞
年金の受給と働き方の関係を
具体的に知ってもらえる場になった。

定年後も働きたいと考えながら、年金が減ることを心配して就業をあきらめる方が多く、
在職老齢年金のしくみを誤解したまま仕事を探さないケースも見られる。制度を正しく
知ってもらい、経験を生かした再就職を後押しする。

【松本市】
◆会場の確保と市報での周知
【ハローワーク】
◆高齢者向け求人の情報提供
◆セミナー後の職業相談

社会保険労務士が在職老齢年金と雇用保険の給付の関係を事例を交えて解説。続いて
ハローワークの職業相談員が、短時間勤務の求人や生涯現役支援窓口を紹介。
対象：おおむね６０歳以上の求職者

≪照会先≫ 長野労働局職業安定部職業安定課（ＴＥＬ：０２６－２２６－０８６５）
";

#[test]
fn headings_in_a_row_the_wording_of_each_paragraph_decides_its_section() {
    let doc = read_page(HEADINGS_IN_A_ROW_OVER_CONTENTS_IN_ANOTHER_ORDER);
    let c = &doc.cases[0];
    assert_eq!(
        paragraphs(&c.sections.purpose),
        written(&["定年後も働きたいと考えながら、年金が減ることを心配して就業をあきらめる方が多く、在職老齢年金のしくみを誤解したまま仕事を探さないケースも見られる。制度を正しく知ってもらい、経験を生かした再就職を後押しする。"])
    );
    assert_eq!(
        paragraphs(&c.sections.overview),
        written(&[
            "社会保険労務士が在職老齢年金と雇用保険の給付の関係を事例を交えて解説。続いてハローワークの職業相談員が、短時間勤務の求人や生涯現役支援窓口を紹介。",
            "対象:おおむね60歳以上の求職者",
        ])
    );
    assert_eq!(
        paragraphs(&c.sections.effect),
        written(&[
            "◆参加者は2回で計46名、うち11名がシルバー人材センターに登録。",
            "◆セミナー後に職業相談に進んだ方は9名で、うち4名が就職。",
        ])
    );
}

/// The headline a question wrapped over two lines (`…で` / `…ませんか？`),
/// printed between the purpose's box and the next headings, the page opening
/// on a comment's box: no section's prose (no 。, a question to the reader),
/// and the page has no other headline, so it is the title.
const A_QUESTION_FOR_A_HEADLINE_BELOW_THE_PURPOSE: &str = "\
＜四万十町コメント＞
町内の製材所では若い人の応募が
ほとんどなく、事業の継続が心配
されていました。都市部の方に山の
仕事を知っていただく機会になりました。

国と地方自治体の連携による雇用対策好事例

【高知県】 【高知県四万十町】 【高知労働局ハローワーク四万十】

【目　的】
町内の製材所や林業事業体では従事者の高齢化が進み、若い担い手が不足している。
都市部の求職者に山の仕事を知ってもらい、町内での就職につなげる。

四万十の森で
木を育てる仕事をはじめてみませんか？

【実施概要】　【役割分担】

【四万十町】
◆移住相談と空き家情報の提供
【ハローワーク】
◆林業求人の受理と職業相談

町内の林業事業体と合同で、都市部の求職者向けに山林と製材所の見学ツアーを２回開催し、
仕事の説明と個別相談を行った。

【結果】
◆ツアー参加者２４名、うち７名が町内の林業事業体に就職した。

〈照会先〉 高知労働局職業安定部職業安定課　ＴＥＬ：０８８ー８８５ー６０５１
";

#[test]
fn a_question_set_apart_with_no_other_headline_is_the_title() {
    let doc = read_page(A_QUESTION_FOR_A_HEADLINE_BELOW_THE_PURPOSE);
    let c = &doc.cases[0];
    assert_eq!(
        c.title.as_deref(),
        Some("四万十の森で木を育てる仕事をはじめてみませんか?")
    );
    assert_eq!(
        paragraphs(&c.sections.purpose),
        written(&["町内の製材所や林業事業体では従事者の高齢化が進み、若い担い手が不足している。都市部の求職者に山の仕事を知ってもらい、町内での就職につなげる。"])
    );
}

/// A row of a diagram's words (`訪問介護　デイサービス　…`: names of the work
/// shown, parted by wide spaces, no sentence) standing apart between the role
/// blocks and the results: the words of a picture, a caption, not the effect's.
/// A row of the same form over a row of figures (`参加法人　求人件数　来場者数`
/// over `１６社　５２件　３１０人`) is the table's header row, the effect's.
const A_ROW_OF_DIAGRAM_WORDS_OVER_A_TABLE_OF_RESULTS: &str = "\
国と地方自治体の連携による雇用対策好事例

【福島県】 【福島県郡山市】 【福島労働局ハローワーク郡山】

【課題・目的】
高齢化により市内の介護事業所では職員の不足が深刻であり、若い世代の応募が少ない。
介護の仕事の実際を知ってもらい、市内事業所への就職につなげる。

【実施概要】
市内の介護事業所と連携し、施設見学と就職相談会を同日に開催した。

【役割分担】
【郡山市】
◆市内事業所への参加呼びかけ、会場の手配
【ハローワーク】
◆求人の受理、当日の職業相談

訪問介護　デイサービス　グループホーム　特別養護老人ホーム

【成果】
参加法人　求人件数　来場者数

１６社　５２件　３１０人
◆見学会後の相談を経て２３人が市内の介護事業所に就職した。

〈照会先〉 福島労働局職業安定部職業安定課　ＴＥＬ：０２４ー５２９ー５３９６
";

#[test]
fn a_row_of_diagram_words_is_a_caption_a_row_over_figures_is_the_tables_header() {
    let doc = read_page(A_ROW_OF_DIAGRAM_WORDS_OVER_A_TABLE_OF_RESULTS);
    let c = &doc.cases[0];
    assert_eq!(
        captions_of(c),
        ["訪問介護 デイサービス グループホーム 特別養護老人ホーム"]
    );
    assert_eq!(
        paragraphs(&c.sections.effect),
        written(&[
            "参加法人求人件数来場者数",
            "16社52件310人",
            "◆見学会後の相談を経て23人が市内の介護事業所に就職した。",
        ])
    );
}

/// Headings numbered in Roman numerals whose word carries a note in round
/// brackets (the section's other name; the period its figures count), a
/// hospital among the partners, and role items numbered by a figure and a
/// space.
const NUMBERED_HEADINGS_WITH_NOTES: &str = "\
国と地方自治体の連携による雇用対策好事例

【長野県松本市】【長野労働局ハローワーク松本】【松本協立病院】

精神科に通院する方の就職と職場定着を病院・市・ハローワークで支える

Ⅰ 課題・目的
精神科に通院しながら就職を目指す方は多いが、病状に合った仕事探しの相談先が
分からず、就職後も早期に離職する例が多い。通院先と就職支援の窓口をつなぐ。

Ⅱ 実施概要
病院のデイケア室で月１回、ハローワークの職員が就労相談会を開き、市が会場と
周知を担う。就職後は病院とハローワークが職場を訪問する。

Ⅲ 役割分担（連携体制）
＜病院の役割＞
１ 主治医による就労可否の助言
２ デイケアでの就職準備講座
＜市の役割＞
１ 相談会の会場確保
２ 広報誌での周知
＜ハローワークの役割＞
・職業相談、職業紹介
・就職後の職場訪問

Ⅳ 成果（令和４年度）
・相談会の参加者 延べ６４人
・就職者 ２２人

≪照会先≫ 長野労働局職業安定部職業対策課 TEL：０２６－２２６－０８６６
";

#[test]
fn numbered_headings_with_a_note_and_role_items_numbered_by_a_figure() {
    let doc = read_page(NUMBERED_HEADINGS_WITH_NOTES);
    let c = &doc.cases[0];
    assert_eq!(
        paragraphs(&c.sections.overview),
        written(&["病院のデイケア室で月1回、ハローワークの職員が就労相談会を開き、市が会場と周知を担う。就職後は病院とハローワークが職場を訪問する。"])
    );
    assert_eq!(
        paragraphs(&c.sections.effect),
        written(&["(令和4年度)", "・相談会の参加者延べ64人", "・就職者22人"])
    );
    assert_eq!(
        roles_of(c),
        [
            (
                "病院",
                vec!["主治医による就労可否の助言", "デイケアでの就職準備講座"]
            ),
            ("市", vec!["相談会の会場確保", "広報誌での周知"]),
            (
                "ハローワーク",
                vec!["職業相談、職業紹介", "就職後の職場訪問"]
            )
        ]
    );
}

/// No headline at the top of the page: the headline is printed between the
/// boxes, a paragraph of two lines with no 。 that leaves its verb unsaid
/// (`…を` / `…が一つのチームで`), right above a 【工夫した点】 box. It is the
/// title, not the overview's first lines, and the box below keeps its label.
const A_HEADLINE_PRINTED_BETWEEN_THE_BOXES: &str = "\
国と地方自治体の連携による雇用対策好事例

【山形県】 【山形県酒田市】 【山形労働局ハローワーク酒田】

【課題・目的】
市内の高校生の多くが県外の企業に就職し、地元企業は若手の採用に苦労している。
在学中に地元企業を知る機会を設け、市内での就職につなげる。

【実施概要】
市内の製造業や運輸業の企業と連携し、高校二年生を対象に企業見学バスを運行した。
見学の後には企業の若手社員との座談会を設け、仕事の内容や働き方を紹介した。

高校生の就職活動を
学校と企業と行政が一つのチームで

【工夫した点】
・見学先は生徒の希望を聞いて学校ごとに選定
・保護者向けにも地元企業の説明会を開催

【成果】
◆見学に参加した生徒１２０名のうち、３５名が市内企業に就職した。

〈照会先〉 山形労働局職業安定部職業安定課　ＴＥＬ：０２３ー６２６ー６１０９
";

#[test]
fn a_headline_printed_between_the_boxes_is_the_title() {
    let doc = read_page(A_HEADLINE_PRINTED_BETWEEN_THE_BOXES);
    let c = &doc.cases[0];
    assert_eq!(
        c.title.as_deref(),
        Some("高校生の就職活動を学校と企業と行政が一つのチームで")
    );
    let overview = paragraphs(&c.sections.overview).unwrap();
    assert_eq!(
        overview[0],
        "市内の製造業や運輸業の企業と連携し、高校二年生を対象に企業見学バスを運行した。見学の後には企業の若手社員との座談会を設け、仕事の内容や働き方を紹介した。"
    );
    assert!(
        overview.iter().any(|p| p == "【工夫した点】"),
        "{overview:?}"
    );
    assert!(
        !overview.iter().any(|p| p.contains("チーム")),
        "{overview:?}"
    );
}

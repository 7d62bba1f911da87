<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Kakehashi</source>
        <translation>架け橋について</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>データベース：</translation>
    </message>
    <message>
        <source>Kakehashi</source>
        <translation>架け橋</translation>
    </message>
    <message>
        <source>Log folder:</source>
        <translation>ログフォルダー：</translation>
    </message>
    <message>
        <source>Open Log Folder</source>
        <translation>ログフォルダーを開く</translation>
    </message>
    <message>
        <source>Partner organisations, agreements and activities of the network office, in Japanese and English.</source>
        <translation>連携先の組織、協定、活動を日本語と英語で管理します。</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>バージョン：</translation>
    </message>
</context>
<context>
    <name>ActivitiesPage</name>
    <message>
        <source>1 activity</source>
        <translation>活動 1 件</translation>
    </message>
    <message>
        <source>All</source>
        <translation>すべて</translation>
    </message>
    <message>
        <source>No activities of these kinds — clear the filters to see them all.</source>
        <translation>この種類の活動はありません。絞り込みを解除するとすべて表示されます。</translation>
    </message>
    <message>
        <source>No activities recorded yet — record a visit, a meeting or an event held together (Ctrl+N).</source>
        <translation>活動はまだ登録されていません。訪問、打合せ、共催イベントなどを登録してください（Ctrl+N）。</translation>
    </message>
    <message>
        <source>No activity matches “{text}” — clear the search or try another word.</source>
        <translation>「{text}」に一致する活動はありません。検索をクリアするか、別の語句で検索してください。</translation>
    </message>
    <message>
        <source>Record an activity</source>
        <translation>活動を登録</translation>
    </message>
    <message>
        <source>Search activities: title, place (Ctrl+F)</source>
        <translation>活動を検索：名称、場所（Ctrl+F）</translation>
    </message>
    <message>
        <source>{count} activities</source>
        <translation>活動 {count} 件</translation>
    </message>
    <message>
        <source>{count}+ activities</source>
        <translation>{count} 件以上の活動</translation>
    </message>
</context>
<context>
    <name>ActivityForm</name>
    <message>
        <source>Activity: {title}</source>
        <translation>活動：{title}</translation>
    </message>
    <message>
        <source>Link the activity to the agreement it was carried out under, or to the organisations taking part (or both).</source>
        <translation>活動は、実施の根拠となった協定か、参加した組織（または両方）に関連付けてください。</translation>
    </message>
    <message>
        <source>Move to the trash</source>
        <translation>ごみ箱に移動</translation>
    </message>
    <message>
        <source>New activity</source>
        <translation>新しい活動</translation>
    </message>
    <message>
        <source>Not moved to the trash</source>
        <translation>ごみ箱に移動できませんでした</translation>
    </message>
    <message>
        <source>The activity can be restored from the trash.</source>
        <translation>ごみ箱から復元できます。</translation>
    </message>
</context>
<context>
    <name>ActivityListModel</name>
    <message>
        <source>{start} – {end}</source>
        <translation>{start}～{end}</translation>
    </message>
</context>
<context>
    <name>AgendaView</name>
    <message>
        <source>Agenda</source>
        <translation>予定一覧</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>月ごと</translation>
    </message>
    <message>
        <source>By week</source>
        <translation>週ごと</translation>
    </message>
    <message>
        <source>Double-click a line, or select it and press Enter, to open its record.</source>
        <translation>行をダブルクリックするか、選択して Enter キーを押すと、その記録を開きます。</translation>
    </message>
    <message>
        <source>Look ahead:</source>
        <translation>表示期間：</translation>
    </message>
    <message>
        <source>Nothing falls due in the next {days} days</source>
        <translation>今後 {days} 日間に期限を迎えるものはありません</translation>
    </message>
    <message>
        <source>Reading what falls due…</source>
        <translation>期限を迎えるものを読み込んでいます…</translation>
    </message>
    <message>
        <source>Renewal decisions, expiries, membership ends and activities show here as they come near. Agreements need an expiry or a term for their dates to fall due.</source>
        <translation>更新判断期限、期間満了日、会員期間の終了、活動は、近づくとここに表示されます。協定の日付を表示するには、満了日または期間を入力してください。</translation>
    </message>
    <message>
        <source>Renewal decisions, expiries, membership ends and activities show here as they come near. Choose {days} days to look further ahead.</source>
        <translation>更新判断期限、期間満了日、会員期間の終了、活動は、近づくとここに表示されます。さらに先まで見るには {days} 日を選んでください。</translation>
    </message>
    <message>
        <source>The filters leave some dates out. Clear them to see everything that falls due.</source>
        <translation>絞り込みにより一部の日付が表示されていません。すべて表示するには絞り込みを解除してください。</translation>
    </message>
    <message>
        <source>{days} days</source>
        <translation>{days} 日</translation>
    </message>
</context>
<context>
    <name>AgreementChoice</name>
    <message>
        <source>(no agreement)</source>
        <translation>（協定なし）</translation>
    </message>
    <message>
        <source>Find an agreement: title or partner</source>
        <translation>協定を検索：名称または連携先</translation>
    </message>
    <message>
        <source>The agreement the activity was carried out under</source>
        <translation>活動の根拠となった協定</translation>
    </message>
    <message>
        <source>{count} agreements found; choose one here</source>
        <translation>{count} 件の協定が見つかりました。ここから選択してください</translation>
    </message>
    <message>
        <source>{title} ({partners})</source>
        <translation>{title}（{partners}）</translation>
    </message>
</context>
<context>
    <name>AgreementForm</name>
    <message>
        <source>Agreement</source>
        <translation>協定</translation>
    </message>
    <message>
        <source>As written on the signed paper</source>
        <translation>締結した書面の表記どおりに入力してください</translation>
    </message>
    <message>
        <source>Background, purpose, conditions, where the original is kept…</source>
        <translation>経緯、目的、条件、原本の保管場所など</translation>
    </message>
    <message>
        <source>Change history</source>
        <translation>変更履歴</translation>
    </message>
    <message>
        <source>Dates and term</source>
        <translation>日付と有効期間</translation>
    </message>
    <message>
        <source>Follow the dates</source>
        <translation>日付に従う</translation>
    </message>
    <message>
        <source>Leave “Follow the dates” unless the paper or an event says otherwise (negotiating, terminated).</source>
        <translation>書面や出来事で別の状態になった場合（交渉中、終了など）を除き、「日付に従う」のままにしてください。</translation>
    </message>
    <message>
        <source>New agreement</source>
        <translation>新しい協定</translation>
    </message>
    <message>
        <source>Record the renewal of this agreement: a new agreement whose term starts the day after this one ends.</source>
        <translation>この協定の更新を記録します。有効期間がこの協定の満了日の翌日から始まる新しい協定を作成します。</translation>
    </message>
    <message>
        <source>Renewal of “{title}”</source>
        <translation>「{title}」の更新</translation>
    </message>
    <message>
        <source>Renewals and amendments</source>
        <translation>更新・変更の経緯</translation>
    </message>
    <message>
        <source>Renewals and history</source>
        <translation>更新と履歴</translation>
    </message>
    <message>
        <source>Renew…</source>
        <translation>更新…</translation>
    </message>
    <message>
        <source>Signatories and scope</source>
        <translation>署名者と連携内容</translation>
    </message>
</context>
<context>
    <name>AgreementsPage</name>
    <message>
        <source>1 agreement</source>
        <translation>協定 1 件</translation>
    </message>
    <message>
        <source>All</source>
        <translation>すべて</translation>
    </message>
    <message>
        <source>Expiring within {days} days</source>
        <translation>有効期限まで {days} 日以内</translation>
    </message>
    <message>
        <source>Expiring: any time</source>
        <translation>有効期限：指定なし</translation>
    </message>
    <message>
        <source>No agreements match these filters — clear the filters to see them all.</source>
        <translation>この条件に合う協定はありません。絞り込みを解除するとすべて表示されます。</translation>
    </message>
    <message>
        <source>No agreements yet — record one (Ctrl+N) or load the demo data.</source>
        <translation>協定はまだありません。登録する（Ctrl+N）か、デモデータを読み込んでください。</translation>
    </message>
    <message>
        <source>Nothing matches “{text}” — clear the search or try another spelling.</source>
        <translation>「{text}」に一致するものはありません。検索を解除するか、別の表記でお試しください。</translation>
    </message>
    <message>
        <source>Record an agreement</source>
        <translation>協定を登録</translation>
    </message>
    <message>
        <source>Search agreements by title or partner: Japanese, English or kana (Ctrl+F)</source>
        <translation>協定を件名または連携先で検索：日本語・英語・かな（Ctrl+F）</translation>
    </message>
    <message>
        <source>{count} agreements</source>
        <translation>協定 {count} 件</translation>
    </message>
    <message>
        <source>{count}+ agreements</source>
        <translation>協定 {count} 件以上</translation>
    </message>
</context>
<context>
    <name>AttachmentsPanel</name>
    <message>
        <source>(on saving)</source>
        <translation>（保存時に計算）</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>追加…</translation>
    </message>
    <message>
        <source>Attach documents</source>
        <translation>文書を添付</translation>
    </message>
    <message>
        <source>Cannot open</source>
        <translation>開けません</translation>
    </message>
    <message>
        <source>Copying the documents into the database…</source>
        <translation>文書をデータベースにコピーしています…</translation>
    </message>
    <message>
        <source>Copying {name}…</source>
        <translation>{name} をコピーしています…</translation>
    </message>
    <message>
        <source>Double-click a document to open it.</source>
        <translation>文書をダブルクリックすると開きます。</translation>
    </message>
    <message>
        <source>No documents. Add the signed copy with “Add…” or drop a PDF on this window.</source>
        <translation>添付文書はありません。「追加…」で締結済みの書面を追加するか、PDF をこのウィンドウにドロップしてください。</translation>
    </message>
    <message>
        <source>No program is set up to open {name}. The file is at {path}.</source>
        <translation>{name} を開くプログラムが設定されていません。ファイルの場所は {path} です。</translation>
    </message>
    <message>
        <source>Not attached</source>
        <translation>添付できませんでした</translation>
    </message>
    <message>
        <source>Not removed</source>
        <translation>削除できませんでした</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>開く</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf);;All files (*)</source>
        <translation>PDF 文書 (*.pdf);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Remove document</source>
        <translation>文書を削除</translation>
    </message>
    <message>
        <source>Remove “{name}” from this agreement?</source>
        <translation>「{name}」をこの協定から削除しますか？</translation>
    </message>
    <message>
        <source>The files are attached when the agreement is saved.</source>
        <translation>ファイルは協定を保存したときに添付されます。</translation>
    </message>
    <message>
        <source>{count} bytes</source>
        <translation>{count} バイト</translation>
    </message>
</context>
<context>
    <name>AttentionModel</name>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Expired without renewal ({count})</source>
        <translation>更新されずに期限切れ（{count} 件）</translation>
    </message>
    <message>
        <source>Expired without renewal ({count}; the latest {shown} shown)</source>
        <translation>更新されずに期限切れ（{count} 件、最新の {shown} 件を表示）</translation>
    </message>
    <message>
        <source>Expiring ({count})</source>
        <translation>期限満了（{count} 件）</translation>
    </message>
    <message>
        <source>In {days} days</source>
        <translation>あと {days} 日</translation>
    </message>
    <message>
        <source>Memberships ending ({count})</source>
        <translation>会員期間の終了（{count} 件）</translation>
    </message>
    <message>
        <source>Renewal decision deadlines ({count})</source>
        <translation>更新の判断期限（{count} 件）</translation>
    </message>
    <message>
        <source>Renewal decisions overdue ({count})</source>
        <translation>更新の判断期限を過ぎたもの（{count} 件）</translation>
    </message>
    <message>
        <source>The agreement ends on this day.</source>
        <translation>この日に協定の期間が満了します。</translation>
    </message>
    <message>
        <source>The agreement has ended and no renewal follows it.</source>
        <translation>協定の期間が満了し、更新された協定がありません。</translation>
    </message>
    <message>
        <source>The last day to decide on renewal has passed, and the agreement still runs.</source>
        <translation>更新するかどうかを判断する期限を過ぎていますが、協定はまだ有効です。</translation>
    </message>
    <message>
        <source>The last day to give notice of renewal or non-renewal.</source>
        <translation>更新または更新しない旨を通知できる最終日です。</translation>
    </message>
    <message>
        <source>The membership ends on this day.</source>
        <translation>この日に会員期間が終了します。</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>明日</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>When</source>
        <translation>日数</translation>
    </message>
    <message>
        <source>With</source>
        <translation>相手先</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>昨日</translation>
    </message>
    <message>
        <source>{days} days ago</source>
        <translation>{days} 日前</translation>
    </message>
</context>
<context>
    <name>BatchModel</name>
    <message>
        <source>By</source>
        <translation>実行者</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>取り込み済み</translation>
    </message>
    <message>
        <source>Imported on</source>
        <translation>取り込み日時</translation>
    </message>
    <message>
        <source>List</source>
        <translation>一覧</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新規</translation>
    </message>
    <message>
        <source>Sheet: {sheet}</source>
        <translation>シート：{sheet}</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>除外</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>変更なし</translation>
    </message>
    <message>
        <source>Undone {when}</source>
        <translation>{when} に取り消し</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新</translation>
    </message>
</context>
<context>
    <name>Calendar</name>
    <message>
        <source>+{count}</source>
        <translation>他 {count} 件</translation>
    </message>
    <message>
        <source>1 day overdue</source>
        <translation>1日超過</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>予定一覧</translation>
    </message>
    <message>
        <source>Agreement terms over a year, renewals joined</source>
        <translation>1年間の協定期間（更新はつないで表示）</translation>
    </message>
    <message>
        <source>Agreements&apos; signings, effective days, deadlines and expiries, membership ends and activities show here as they are added.</source>
        <translation>協定の締結日・発効日・期限・満了日、会員期間の終了、活動は、登録されるとここに表示されます。</translation>
    </message>
    <message>
        <source>Choose more item types, partner kinds or statuses, or clear the search box, to see more.</source>
        <translation>表示する項目の種類・パートナーの種別・状態を増やすか、検索欄を空にすると、より多くの項目が表示されます。</translation>
    </message>
    <message>
        <source>Choosing a status shows agreements only: memberships and activities have none.</source>
        <translation>状態を選ぶと協定だけが表示されます（会員資格と活動には状態がありません）。</translation>
    </message>
    <message>
        <source>Clear Filters</source>
        <translation>絞り込みを解除</translation>
    </message>
    <message>
        <source>Click a day with coloured items to list them here.</source>
        <translation>色付きの項目がある日をクリックすると、ここに一覧表示されます。</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>日付の種類</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>残り日数</translation>
    </message>
    <message>
        <source>Deadlines, expiries and membership ends that passed without a renewal or an end recorded since.</source>
        <translation>期限・満了日・会員期間の終了を過ぎ、その後に更新や終了の記録がないものです。</translation>
    </message>
    <message>
        <source>Double-click an item, or select it and press Enter, to open its record.</source>
        <translation>項目をダブルクリックするか、選択して Enter キーを押すと、その記録を開きます。</translation>
    </message>
    <message>
        <source>Each day&apos;s dates in a month</source>
        <translation>1か月の日ごとの期日と予定</translation>
    </message>
    <message>
        <source>Export to Calendar App…</source>
        <translation>カレンダーアプリへ書き出し…</translation>
    </message>
    <message>
        <source>From {day}</source>
        <translation>{day}から</translation>
    </message>
    <message>
        <source>Items of the selected day</source>
        <translation>選択した日の項目</translation>
    </message>
    <message>
        <source>Kakehashi: agreements and activities</source>
        <translation>架け橋：協定と活動</translation>
    </message>
    <message>
        <source>Legend: {types}</source>
        <translation>凡例：{types}</translation>
    </message>
    <message>
        <source>MMMM yyyy</source>
        <translation>yyyy年M月</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <source>Month shown</source>
        <translation>表示中の月</translation>
    </message>
    <message>
        <source>Month: arrows choose a day, Page Up and Page Down the month, Home today, Enter its items</source>
        <translation>月表示：矢印キーで日を選び、Page Up／Page Down で月を移動、Home で今日、Enter でその日の項目へ移動します</translation>
    </message>
    <message>
        <source>Next month (Page Down)</source>
        <translation>次の月（Page Down）</translation>
    </message>
    <message>
        <source>Next year</source>
        <translation>次の年</translation>
    </message>
    <message>
        <source>Nothing falls in {month}</source>
        <translation>{month}の予定はありません</translation>
    </message>
    <message>
        <source>Nothing in {month} matches the filters</source>
        <translation>{month}に絞り込み条件に合う項目はありません</translation>
    </message>
    <message>
        <source>Nothing is chosen: nothing is shown.</source>
        <translation>何も選ばれていないため、何も表示されません。</translation>
    </message>
    <message>
        <source>Nothing on this day</source>
        <translation>この日の予定はありません</translation>
    </message>
    <message>
        <source>Overdue ({count})</source>
        <translation>期限超過（{count}件）</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>パートナー</translation>
    </message>
    <message>
        <source>Partner kind</source>
        <translation>相手先の種別</translation>
    </message>
    <message>
        <source>Partnership</source>
        <translation>パートナー・協定</translation>
    </message>
    <message>
        <source>Previous month (Page Up)</source>
        <translation>前の月（Page Up）</translation>
    </message>
    <message>
        <source>Previous year</source>
        <translation>前の年</translation>
    </message>
    <message>
        <source>Renewed term: {dates}</source>
        <translation>自動更新後の期間：{dates}</translation>
    </message>
    <message>
        <source>Runs on with no end date</source>
        <translation>終了日なしで継続中</translation>
    </message>
    <message>
        <source>Runs out on {date}</source>
        <translation>{date} に終了</translation>
    </message>
    <message>
        <source>Search partners and titles</source>
        <translation>相手先名・件名で検索</translation>
    </message>
    <message>
        <source>Search the calendar</source>
        <translation>カレンダーを検索</translation>
    </message>
    <message>
        <source>Show All</source>
        <translation>すべて表示</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation>状態：{status}</translation>
    </message>
    <message>
        <source>Term: {dates}</source>
        <translation>期間：{dates}</translation>
    </message>
    <message>
        <source>The calendar could not be read</source>
        <translation>カレンダーを読み込めませんでした</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>タイムライン</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>件名</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Week of {date} ({count})</source>
        <translation>{date}の週（{count}件）</translation>
    </message>
    <message>
        <source>What falls due in the coming days, and what passed unanswered</source>
        <translation>これから来る期日と、対応されないまま過ぎた期日</translation>
    </message>
    <message>
        <source>Write the dates as an .ics file for Outlook, Google Calendar or a phone</source>
        <translation>日付を .ics ファイルに書き出します（Outlook、Google カレンダー、スマートフォン用）</translation>
    </message>
    <message>
        <source>all</source>
        <translation>すべて</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <translation>yyyy年M月d日</translation>
    </message>
    <message>
        <source>in {days} days</source>
        <translation>あと{days}日</translation>
    </message>
    <message>
        <source>no end date</source>
        <translation>終了日なし</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>start unknown</source>
        <translation>開始日不明</translation>
    </message>
    <message>
        <source>today</source>
        <translation>今日</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>明日</translation>
    </message>
    <message>
        <source>{count} agreements, each renewing the one before</source>
        <translation>協定 {count} 件（それぞれ前の協定を更新）</translation>
    </message>
    <message>
        <source>{count} more: click the day to list them all.</source>
        <translation>ほかに {count} 件あります。日付をクリックするとすべて一覧表示されます。</translation>
    </message>
    <message>
        <source>{count} of {total}</source>
        <translation>{total}件中{count}件</translation>
    </message>
    <message>
        <source>{date} ({weekday})</source>
        <translation>{date}（{weekday}）</translation>
    </message>
    <message>
        <source>{date} selected: 1 item</source>
        <translation>{date} を選択中：1 件</translation>
    </message>
    <message>
        <source>{date} selected: {count} items</source>
        <translation>{date} を選択中：{count} 件</translation>
    </message>
    <message>
        <source>{days} days overdue</source>
        <translation>{days}日超過</translation>
    </message>
    <message>
        <source>{filter}: {choice}</source>
        <translation>{filter}：{choice}</translation>
    </message>
    <message>
        <source>{label}: {value}</source>
        <translation>{label}：{value}</translation>
    </message>
    <message>
        <source>{month} ({count})</source>
        <translation>{month}（{count}件）</translation>
    </message>
    <message>
        <source>{month} {year}</source>
        <translation>{year}年{month}</translation>
    </message>
    <message>
        <source>{partner}: {what} — {title}</source>
        <translation>{partner}：{title}の{what}</translation>
    </message>
    <message>
        <source>{start} – {end}</source>
        <translation>{start}～{end}</translation>
    </message>
    <message>
        <source>{type} on {date} ({when}): {title}</source>
        <translation>{date}（{when}）の{type}：{title}</translation>
    </message>
    <message>
        <source>{what} — {title}</source>
        <translation>{title}の{what}</translation>
    </message>
</context>
<context>
    <name>CalendarExport</name>
    <message>
        <source>Calendar exported</source>
        <translation>カレンダーを書き出しました</translation>
    </message>
    <message>
        <source>Calendar not exported</source>
        <translation>カレンダーを書き出せませんでした</translation>
    </message>
    <message>
        <source>Export Calendar</source>
        <translation>カレンダーの書き出し</translation>
    </message>
    <message>
        <source>Show Folder</source>
        <translation>フォルダーを表示</translation>
    </message>
    <message>
        <source>Writing the calendar…</source>
        <translation>カレンダーを書き出しています…</translation>
    </message>
    <message>
        <source>{count} dates were written to {path}. Open the file with Outlook, Google Calendar or a phone&apos;s calendar; opening a newer file again updates the same events.</source>
        <translation>{count} 件の日付を {path} に書き出しました。Outlook、Google カレンダー、スマートフォンのカレンダーでこのファイルを開いてください。新しいファイルをもう一度開くと、同じ予定が更新されます。</translation>
    </message>
</context>
<context>
    <name>ChoiceButton</name>
    <message>
        <source>{title}: {choice}</source>
        <translation>{title}：{choice}</translation>
    </message>
</context>
<context>
    <name>ColumnChooser</name>
    <message>
        <source>Reset columns</source>
        <translation>列を元に戻す</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>%(prog)s: error: %(message)s</source>
        <translation>%(prog)s: エラー: %(message)s</translation>
    </message>
    <message>
        <source>&apos;trash empty&apos; takes no kind or id; it empties the whole trash</source>
        <translation>「trash empty」には種類や ID を指定しません。ごみ箱全体を空にします</translation>
    </message>
    <message>
        <source>&apos;trash {action}&apos; takes a kind and an id, e.g. &apos;trash {action} organisation 3&apos;</source>
        <translation>「trash {action}」にはレコードの種類と ID を指定してください（例：trash {action} organisation 3）</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a list of ids such as 1,2,3.</source>
        <translation>「{text}」は 1,2,3 のような ID の並びではありません。</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a whole number.</source>
        <translation>「{text}」は整数ではありません。</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not an id (a whole number from 1).</source>
        <translation>「{text}」は ID（1 以上の整数）ではありません。</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（該当なし）</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>（取り込まない）</translation>
    </message>
    <message>
        <source>({shown} of {total}; use --limit and --offset for more)</source>
        <translation>（{total} 件中 {shown} 件。続きは --limit と --offset で表示できます）</translation>
    </message>
    <message>
        <source>({total})</source>
        <translation>（{total} 件）</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>--csv is for .csv files; “{name}” is written as .xlsx.</source>
        <translation>--csv は .csv ファイル用です。「{name}」は .xlsx で書き出します。</translation>
    </message>
    <message>
        <source>--era is for .xlsx files; a CSV writes dates as 2025/04/01.</source>
        <translation>--era は .xlsx ファイル用です。CSV では日付を 2025/04/01 の形で書き出します。</translation>
    </message>
    <message>
        <source>--ids and --template do not go together: a template has no records.</source>
        <translation>--ids と --template は同時に指定できません。テンプレートには記録が入りません。</translation>
    </message>
    <message>
        <source>--map takes HEADER=field, e.g. --map &quot;団体名称=name_ja&quot;; got &apos;{text}&apos;</source>
        <translation>--map は 見出し=項目 の形で指定します（例: --map &quot;団体名称=name_ja&quot;）。指定された値: &apos;{text}&apos;</translation>
    </message>
    <message>
        <source>A template is written as .xlsx, not “{name}”.</source>
        <translation>テンプレートは .xlsx で書き出します（「{name}」は使えません）。</translation>
    </message>
    <message>
        <source>Added synthetic data: {counts}.</source>
        <translation>合成データを追加しました：{counts}。</translation>
    </message>
    <message>
        <source>Backed up {location} to {path} ({size} bytes, checked).</source>
        <translation>{location} を {path} にバックアップしました（{size} バイト、検査済み）。</translation>
    </message>
    <message>
        <source>Columns: {pairs}</source>
        <translation>列: {pairs}</translation>
    </message>
    <message>
        <source>Database: {location}</source>
        <translation>データベース：{location}</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Dates may be typed as {examples}. Exit codes: 0 success, 1 invalid data or a failed check, 2 a usage error or a database or file that cannot be used.</source>
        <translation>日付は {examples} のように入力できます。終了コード：0 成功、1 不正なデータまたは検査の失敗、2 使い方の誤りまたは使用できないデータベース・ファイル。</translation>
    </message>
    <message>
        <source>Deleted the {record} with id {id} for good.</source>
        <translation>ID {id} の{record}を完全に削除しました。</translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>試行のみ: 何も書き込んでいません。</translation>
    </message>
    <message>
        <source>Emptied the trash: {count} record deleted for good.</source>
        <translation>ごみ箱を空にしました：{count} 件を完全に削除しました。</translation>
    </message>
    <message>
        <source>Emptied the trash: {count} records deleted for good.</source>
        <translation>ごみ箱を空にしました：{count} 件を完全に削除しました。</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>From {first} to {last}:</source>
        <translation>{first} から {last} まで：</translation>
    </message>
    <message>
        <source>Imported as number {batch}; &apos;kakehashi undo-import {batch}&apos; takes it back.</source>
        <translation>取り込み番号 {batch} として取り込みました。「kakehashi undo-import {batch}」で取り消せます。</translation>
    </message>
    <message>
        <source>Imported as number {batch}; &apos;kakehashi undo-import {batch}&apos; takes it back. Backup: {backup}</source>
        <translation>取り込み番号 {batch} として取り込みました。「kakehashi undo-import {batch}」で取り消せます。バックアップ: {backup}</translation>
    </message>
    <message>
        <source>Interrupted; a change under way was not saved.</source>
        <translation>中断しました。実行中の変更は保存されていません。</translation>
    </message>
    <message>
        <source>Japanese, English or kana; every word must match</source>
        <translation>日本語・英語・かなで検索。すべての語に一致するもののみ</translation>
    </message>
    <message>
        <source>Journal: {mode}</source>
        <translation>ジャーナル：{mode}</translation>
    </message>
    <message>
        <source>Kakehashi (架け橋): partner organisations, agreements and activities of a life-science network office, on this computer.</source>
        <translation>Kakehashi（架け橋）：ライフサイエンス・ネットワークの事務局のための、連携先の組織・協定・活動の記録（このコンピューター上で動作）。</translation>
    </message>
    <message>
        <source>Kept in the trash: the {record} with id {id}. {reason}</source>
        <translation>ごみ箱に残しました：ID {id} の{record}。{reason}</translation>
    </message>
    <message>
        <source>Kind of record</source>
        <translation>レコードの種類</translation>
    </message>
    <message>
        <source>List</source>
        <translation>一覧</translation>
    </message>
    <message>
        <source>Loaded the demo data: {counts}.</source>
        <translation>デモデータを読み込みました：{counts}。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Name or title</source>
        <translation>名前・件名</translation>
    </message>
    <message>
        <source>New / updated / unchanged</source>
        <translation>新規 / 更新 / 変更なし</translation>
    </message>
    <message>
        <source>No imports yet.</source>
        <translation>取り込みの記録はまだありません。</translation>
    </message>
    <message>
        <source>No recorded changes of the {record} with id {id}.</source>
        <translation>ID {id} の{record}の変更履歴はありません。</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>番号</translation>
    </message>
    <message>
        <source>Nothing has been changed in this database yet.</source>
        <translation>このデータベースにはまだ変更がありません。</translation>
    </message>
    <message>
        <source>Nothing to change: the database already holds every row.</source>
        <translation>変更はありません。すべての行がすでにデータベースにあります。</translation>
    </message>
    <message>
        <source>OK: no problems found.</source>
        <translation>OK：問題は見つかりませんでした。</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>組織</translation>
    </message>
    <message>
        <source>PROBLEM: {message}</source>
        <translation>問題：{message}</translation>
    </message>
    <message>
        <source>Problems found.</source>
        <translation>問題が見つかりました。</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Records ({record}): {count}</source>
        <translation>レコード数（{record}）：{count}</translation>
    </message>
    <message>
        <source>Records changed</source>
        <translation>変更したレコード数</translation>
    </message>
    <message>
        <source>Restored {location} from {source}.</source>
        <translation>{location} を {source} から復元しました。</translation>
    </message>
    <message>
        <source>Row {row} {label}: {field}: {before} → {after}</source>
        <translation>{row} 行目 {label}: {field}: {before} → {after}</translation>
    </message>
    <message>
        <source>Row {row}, column “{column}”: {message}</source>
        <translation>{row} 行目、列「{column}」: {message}</translation>
    </message>
    <message>
        <source>Row {row}: new: {label}</source>
        <translation>{row} 行目: 新規: {label}</translation>
    </message>
    <message>
        <source>Row {row}: {message}</source>
        <translation>{row} 行目: {message}</translation>
    </message>
    <message>
        <source>Schema: {revision} (this program: {head})</source>
        <translation>スキーマ：{revision}（このプログラム：{head}）</translation>
    </message>
    <message>
        <source>Size (bytes)</source>
        <translation>サイズ（バイト）</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>作成日時</translation>
    </message>
    <message>
        <source>The argument &apos;{text}&apos; holds bytes that are not UTF-8 text; type it again as UTF-8 text.</source>
        <translation>引数「{text}」に UTF-8 の文字として読めないバイトが含まれています。UTF-8 で入力し直してください。</translation>
    </message>
    <message>
        <source>The database as it was before is kept in {path}.</source>
        <translation>復元前のデータベースは {path} に保存してあります。</translation>
    </message>
    <message>
        <source>The database {location} is empty; &apos;kakehashi demo&apos; loads the demo data into it.</source>
        <translation>データベース {location} は空です。「kakehashi demo」でデモデータを読み込めます。</translation>
    </message>
    <message>
        <source>The trash is empty.</source>
        <translation>ごみ箱は空です。</translation>
    </message>
    <message>
        <source>The {record} with id {id} is not in the trash; nothing was changed.</source>
        <translation>ID {id} の{record}はごみ箱にありません。何も変更していません。</translation>
    </message>
    <message>
        <source>There are no backups of {location} yet.</source>
        <translation>{location} のバックアップはまだありません。</translation>
    </message>
    <message>
        <source>Took the {record} with id {id} out of the trash.</source>
        <translation>ID {id} の{record}をごみ箱から復元しました。</translation>
    </message>
    <message>
        <source>Undid import number {batch}: removed {removed} records it added, restored {restored}.</source>
        <translation>取り込み番号 {batch} を取り消しました。追加されたレコード {removed} 件を削除し、{restored} 件を元に戻しました。</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>取り消し</translation>
    </message>
    <message>
        <source>Warning: {message}</source>
        <translation>警告：{message}</translation>
    </message>
    <message>
        <source>What falls due</source>
        <translation>期日の内容</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>When</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>実行者</translation>
    </message>
    <message>
        <source>Write to a file ending in .xlsx or .csv, not “{name}”.</source>
        <translation>書き出し先は .xlsx か .csv で終わるファイルにしてください（「{name}」は使えません）。</translation>
    </message>
    <message>
        <source>Wrote a blank template of {list} to {path}.</source>
        <translation>{list}の記入用テンプレートを {path} に書き出しました。</translation>
    </message>
    <message>
        <source>Wrote {count} event to {path}.</source>
        <translation>{count} 件の予定を {path} に書き出しました。</translation>
    </message>
    <message>
        <source>Wrote {count} events to {path}.</source>
        <translation>{count} 件の予定を {path} に書き出しました。</translation>
    </message>
    <message>
        <source>Wrote {count} row to {path}.</source>
        <translation>{count} 行を {path} に書き出しました。</translation>
    </message>
    <message>
        <source>Wrote {count} rows to {path}.</source>
        <translation>{count} 行を {path} に書き出しました。</translation>
    </message>
    <message>
        <source>add N synthetic organisations with their contacts, agreements and activities (at most {limit}); an empty database gets the demo data first</source>
        <translation>合成した組織を担当者・協定・活動とともに N 件追加（最大 {limit}）。空のデータベースには先にデモデータを読み込む</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>オプション %(option)s があいまいです（候補：%(matches)s）</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>引数 %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>can&apos;t open &apos;%(filename)s&apos;: %(error)s</source>
        <translation>「%(filename)s」を開けません：%(error)s</translation>
    </message>
    <message>
        <source>check the database&apos;s integrity</source>
        <translation>データベースの整合性を検査</translation>
    </message>
    <message>
        <source>commands</source>
        <translation>コマンド</translation>
    </message>
    <message>
        <source>count from this date instead of today (e.g. {examples})</source>
        <translation>今日の代わりにこの日から数える（例：{examples}）</translation>
    </message>
    <message>
        <source>database file or SQLAlchemy URL (default: ${variable} if set, else {path})</source>
        <translation>データベースファイルまたは SQLAlchemy の URL（既定：${variable} が設定されていればその値、なければ {path}）</translation>
    </message>
    <message>
        <source>error: {text}</source>
        <translation>エラー: {text}</translation>
    </message>
    <message>
        <source>expected %s argument</source>
        <translation>値を %s 個指定してください</translation>
    </message>
    <message>
        <source>expected %s arguments</source>
        <translation>値を %s 個指定してください</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>値を 1 つ以上指定してください</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>値は 1 つまでです</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>値を 1 つ指定してください</translation>
    </message>
    <message>
        <source>fill an empty database with the demo data of the press release; with --size, add synthetic organisations for trying things at scale</source>
        <translation>空のデータベースにプレスリリースのデモデータを読み込む。--size を付けると、大量データでの試用のために合成した組織を追加</translation>
    </message>
    <message>
        <source>history takes a kind and an id, e.g. &apos;history agreement 14&apos;</source>
        <translation>history にはレコードの種類と ID を指定してください（例：history agreement 14）</translation>
    </message>
    <message>
        <source>how many days ahead to look (default: 30)</source>
        <translation>何日先まで見るか（既定：30）</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>値 %r は使われません</translation>
    </message>
    <message>
        <source>import a spreadsheet (.xlsx, .xlsm, .xls, .ods, .csv); every row is checked first</source>
        <translation>表計算ファイル（.xlsx、.xlsm、.xls、.ods、.csv）を取り込みます。すべての行を先に確認します</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>%(type)s の値として無効です: %(value)r</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>%(value)r は選択できません（次から選んでください：%(choices)s）</translation>
    </message>
    <message>
        <source>kakehashi: error: {message}</source>
        <translation>kakehashi: エラー: {message}</translation>
    </message>
    <message>
        <source>kakehashi: warning: {message}</source>
        <translation>kakehashi: 警告: {message}</translation>
    </message>
    <message>
        <source>language of the output: ja (Japanese) or en (English); default: the system&apos;s</source>
        <translation>出力の言語：ja（日本語）または en（英語）。既定はシステムの言語</translation>
    </message>
    <message>
        <source>list activities</source>
        <translation>活動を一覧表示</translation>
    </message>
    <message>
        <source>list agreements</source>
        <translation>協定を一覧表示</translation>
    </message>
    <message>
        <source>list contact persons</source>
        <translation>担当者を一覧表示</translation>
    </message>
    <message>
        <source>list memberships of the network</source>
        <translation>ネットワークの会員情報を一覧表示</translation>
    </message>
    <message>
        <source>list organisations</source>
        <translation>組織を一覧表示</translation>
    </message>
    <message>
        <source>list past imports, latest first</source>
        <translation>過去の取り込みを新しい順に表示します</translation>
    </message>
    <message>
        <source>list the backups of the database</source>
        <translation>データベースのバックアップを一覧表示</translation>
    </message>
    <message>
        <source>list what is in the trash instead</source>
        <translation>代わりにごみ箱の中身を一覧表示</translation>
    </message>
    <message>
        <source>list what is in the trash; &apos;trash restore KIND ID&apos; takes a record back out, &apos;trash purge KIND ID&apos; deletes it for good, &apos;trash empty&apos; deletes everything in it for good</source>
        <translation>ごみ箱の中身を一覧表示。「trash restore 種類 ID」で復元、「trash purge 種類 ID」で完全に削除、「trash empty」でごみ箱の中身をすべて完全に削除</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>引数 %s と同時には指定できません</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>引数 %s のいずれかが必要です</translation>
    </message>
    <message>
        <source>only activities on or after this date (e.g. {examples})</source>
        <translation>この日以降の活動のみ（例：{examples}）</translation>
    </message>
    <message>
        <source>only activities on or before this date (e.g. {examples})</source>
        <translation>この日以前の活動のみ（例：{examples}）</translation>
    </message>
    <message>
        <source>only activities under this agreement (its id)</source>
        <translation>この協定（ID）に基づく活動のみ</translation>
    </message>
    <message>
        <source>only activities with this organisation (its id)</source>
        <translation>この組織（ID）が関わる活動のみ</translation>
    </message>
    <message>
        <source>only agreements with this organisation (its id)</source>
        <translation>この組織（ID）との協定のみ</translation>
    </message>
    <message>
        <source>only agreements with this status; repeatable: {values}</source>
        <translation>この状態の協定のみ。複数指定可：{values}</translation>
    </message>
    <message>
        <source>only memberships running today, or on DATE (e.g. {examples})</source>
        <translation>今日、または DATE に有効な会員情報のみ（例：{examples}）</translation>
    </message>
    <message>
        <source>only organisations with this tag</source>
        <translation>このタグの付いた組織のみ</translation>
    </message>
    <message>
        <source>only show what would change; write nothing</source>
        <translation>変更内容を表示するだけで、何も書き込みません</translation>
    </message>
    <message>
        <source>only the N days from today (default: from a year ago to five years ahead)</source>
        <translation>今日から N 日間だけ（既定：1年前から5年先まで）</translation>
    </message>
    <message>
        <source>only these records: their ids, separated by commas (e.g. 1,2,3)</source>
        <translation>指定した記録だけ：ID をコンマで区切って指定（例：1,2,3）</translation>
    </message>
    <message>
        <source>only this country: its two-letter code, e.g. JP</source>
        <translation>この国のみ：2 文字の国コード（例：JP）</translation>
    </message>
    <message>
        <source>only this kind; repeatable: {values}</source>
        <translation>この種類のみ。複数指定可：{values}</translation>
    </message>
    <message>
        <source>only this organisation&apos;s contacts (its id)</source>
        <translation>この組織（ID）の担当者のみ</translation>
    </message>
    <message>
        <source>only this organisation&apos;s memberships (its id)</source>
        <translation>この組織（ID）の会員情報のみ</translation>
    </message>
    <message>
        <source>only this tier: {values}</source>
        <translation>この会員区分のみ：{values}</translation>
    </message>
    <message>
        <source>options</source>
        <translation>オプション</translation>
    </message>
    <message>
        <source>organisation, contact, membership, agreement or activity, and its id</source>
        <translation>organisation、contact、membership、agreement、activity のいずれかと、その ID</translation>
    </message>
    <message>
        <source>partner: a party to an agreement; member: a membership running today</source>
        <translation>partner：協定の当事者、member：今日有効な会員情報がある組織</translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>位置引数</translation>
    </message>
    <message>
        <source>print JSON for scripts: the same keys in every language, ISO dates</source>
        <translation>スクリプト向けに JSON で出力（キーは言語によらず同じ、日付は ISO 形式）</translation>
    </message>
    <message>
        <source>print the program&apos;s version and exit</source>
        <translation>プログラムのバージョンを表示して終了</translation>
    </message>
    <message>
        <source>random seed of the synthetic data; the same seed gives the same data (default: 0)</source>
        <translation>合成データの乱数シード。同じシードからは同じデータができる（既定：0）</translation>
    </message>
    <message>
        <source>read the column HEADER as FIELD (a field name or label; empty to leave the column out); repeatable</source>
        <translation>見出し HEADER の列を項目 FIELD として読みます（項目名または表示名。空にするとその列を取り込みません）。複数指定できます</translation>
    </message>
    <message>
        <source>replace the database with a backup (the current state is backed up first)</source>
        <translation>データベースをバックアップで置き換える（現在の状態を先にバックアップ）</translation>
    </message>
    <message>
        <source>restore, purge or empty; without it, the trash is listed</source>
        <translation>restore（復元）、purge（完全に削除）、empty（ごみ箱を空にする）のいずれか。省略するとごみ箱を一覧表示</translation>
    </message>
    <message>
        <source>say what to do with the record: &apos;trash restore {kind} {id}&apos; or &apos;trash purge {kind} {id}&apos;</source>
        <translation>レコードをどうするか指定してください：「trash restore {kind} {id}」または「trash purge {kind} {id}」</translation>
    </message>
    <message>
        <source>show at most N imports (default: 50)</source>
        <translation>最大 N 件の取り込みを表示します（既定: 50）</translation>
    </message>
    <message>
        <source>show at most N of the latest changes (default: 50)</source>
        <translation>最近の変更を最大 N 件表示（既定：50）</translation>
    </message>
    <message>
        <source>show at most N rows</source>
        <translation>最大 N 行を表示</translation>
    </message>
    <message>
        <source>show dates in the Japanese era (令和7年4月1日) instead of 2025/04/01 (.xlsx)</source>
        <translation>日付を 2025/04/01 ではなく和暦（令和7年4月1日）で表示します（.xlsx）</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>このヘルプを表示して終了します</translation>
    </message>
    <message>
        <source>skip the first N rows (default: 0)</source>
        <translation>先頭の N 行を飛ばす（既定：0）</translation>
    </message>
    <message>
        <source>take a checked backup of the database</source>
        <translation>データベースのバックアップを作成して検査</translation>
    </message>
    <message>
        <source>the .ics file to write</source>
        <translation>書き出す .ics ファイル</translation>
    </message>
    <message>
        <source>the CSV&apos;s encoding: utf-8 (with a BOM, for current Excel; the default) or cp932 (Shift_JIS, for older Excel)</source>
        <translation>CSV の文字コード：utf-8（BOM 付き、現在の Excel 向け。既定）または cp932（Shift_JIS、古い Excel 向け）</translation>
    </message>
    <message>
        <source>the backup file to restore</source>
        <translation>復元するバックアップファイル</translation>
    </message>
    <message>
        <source>the day the statuses are worked out for (default: today; e.g. {examples})</source>
        <translation>状態を判定する日（既定：今日。例：{examples}）</translation>
    </message>
    <message>
        <source>the file to import</source>
        <translation>取り込むファイル</translation>
    </message>
    <message>
        <source>the file to write: .xlsx (Excel) or .csv; its suffix decides the format</source>
        <translation>書き出すファイル：.xlsx（Excel）か .csv。拡張子で形式が決まります</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>次の引数が必要です: %s</translation>
    </message>
    <message>
        <source>the import&apos;s number, as &apos;kakehashi imports&apos; lists it</source>
        <translation>取り込み番号（「kakehashi imports」に表示される番号）</translation>
    </message>
    <message>
        <source>the kind of record: {kinds}</source>
        <translation>レコードの種類：{kinds}</translation>
    </message>
    <message>
        <source>the latest changes, or every change of one record (e.g. history organisation 14)</source>
        <translation>最近の変更、または 1 件のレコードのすべての変更（例：history organisation 14）</translation>
    </message>
    <message>
        <source>the record&apos;s id, as the list shows it</source>
        <translation>レコードの ID（一覧に表示されるもの）</translation>
    </message>
    <message>
        <source>the sheet to read (default: the one that looks most like the list)</source>
        <translation>読み込むシート（既定: 一覧らしいシート）</translation>
    </message>
    <message>
        <source>undo an import completely: remove the records it added, put back the fields it changed</source>
        <translation>取り込みを完全に取り消します。追加されたレコードを削除し、変更された項目を元に戻します</translation>
    </message>
    <message>
        <source>unexpected error in &apos;{command}&apos;</source>
        <translation>「{command}」の実行中に予期しないエラーが発生しました。</translation>
    </message>
    <message>
        <source>unexpected error in &apos;{command}&apos;; the details are in {log}</source>
        <translation>「{command}」の実行中に予期しないエラーが発生しました。詳細は {log} にあります。</translation>
    </message>
    <message>
        <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
        <translation>%(parser_name)r というコマンドはありません（次から選んでください：%(choices)s）</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>認識できない引数です: %s</translation>
    </message>
    <message>
        <source>usage:</source>
        <translation>使い方:</translation>
    </message>
    <message>
        <source>warning: {text}</source>
        <translation>注意: {text}</translation>
    </message>
    <message>
        <source>what falls due: renewal decision deadlines, expiries, membership ends, activities</source>
        <translation>期日が来るもの：更新判断期限、満了日、会員期間の終了、活動</translation>
    </message>
    <message>
        <source>what the file lists: {kinds}</source>
        <translation>ファイルの一覧の種類: {kinds}</translation>
    </message>
    <message>
        <source>what to do; &apos;kakehashi COMMAND --help&apos; tells more about each</source>
        <translation>実行する操作。各コマンドの詳細は「kakehashi COMMAND --help」で表示できます</translation>
    </message>
    <message>
        <source>what to write: {kinds}</source>
        <translation>書き出す一覧：{kinds}</translation>
    </message>
    <message>
        <source>write a blank template to fill in instead of the records (.xlsx)</source>
        <translation>記録の代わりに記入用テンプレートを書き出します（.xlsx）</translation>
    </message>
    <message>
        <source>write a list to .xlsx or .csv to edit and import again (its key column turns the rows into updates), or a blank template; headers in the language of --lang</source>
        <translation>一覧を .xlsx か .csv に書き出します（編集して取り込むと、キーの列により更新になります）。記入用テンプレートも書き出せます。見出しは --lang の言語です</translation>
    </message>
    <message>
        <source>write the backup to this file instead of the backups folder</source>
        <translation>バックアップ用フォルダーの代わりにこのファイルへ書き出す</translation>
    </message>
    <message>
        <source>write the rows without errors and leave the others out (without it, one row with an error means nothing is written)</source>
        <translation>エラーのない行だけを書き込み、ほかの行は取り込みません（指定しないと、エラーのある行が 1 行でもあれば何も書き込みません）</translation>
    </message>
    <message>
        <source>write what falls due to an iCalendar file (.ics) for Outlook, Google Calendar or a phone: all-day events with reminders; importing a newer file again updates the events</source>
        <translation>期日が来るものを iCalendar ファイル（.ics）に書き出す（Outlook、Google カレンダー、スマートフォン用）：リマインダー付きの終日の予定。新しいファイルを再度取り込むと予定が更新されます</translation>
    </message>
    <message>
        <source>{count} activities</source>
        <translation>活動 {count} 件</translation>
    </message>
    <message>
        <source>{count} activity</source>
        <translation>活動 {count} 件</translation>
    </message>
    <message>
        <source>{count} agreement</source>
        <translation>協定 {count} 件</translation>
    </message>
    <message>
        <source>{count} agreements</source>
        <translation>協定 {count} 件</translation>
    </message>
    <message>
        <source>{count} contact</source>
        <translation>担当者 {count} 件</translation>
    </message>
    <message>
        <source>{count} contacts</source>
        <translation>担当者 {count} 件</translation>
    </message>
    <message>
        <source>{count} membership</source>
        <translation>会員情報 {count} 件</translation>
    </message>
    <message>
        <source>{count} memberships</source>
        <translation>会員情報 {count} 件</translation>
    </message>
    <message>
        <source>{count} organisation</source>
        <translation>組織 {count} 件</translation>
    </message>
    <message>
        <source>{count} organisations</source>
        <translation>組織 {count} 件</translation>
    </message>
    <message>
        <source>{count} rows with errors were left out.</source>
        <translation>エラーのある {count} 行は取り込みませんでした。</translation>
    </message>
    <message>
        <source>{file}, sheet “{sheet}”: {created} new, {updated} updated, {unchanged} unchanged, {errors} with errors.</source>
        <translation>{file}、シート「{sheet}」: 新規 {created} 件、更新 {updated} 件、変更なし {unchanged} 件、エラー {errors} 件。</translation>
    </message>
    <message>
        <source>{first} and {days} days after it run past {last}, the last day that can be counted; ask for fewer days.</source>
        <translation>{first} から {days} 日後は、扱える最後の日 {last} を超えます。日数を減らしてください。</translation>
    </message>
    <message>
        <source>{path}: {detail}</source>
        <translation>{path}：{detail}</translation>
    </message>
    <message>
        <source>{value} is negative; give 0 or more.</source>
        <translation>{value} は負の数です。0 以上を指定してください。</translation>
    </message>
    <message>
        <source>{value} is too large; the most allowed is {limit}.</source>
        <translation>{value} は大きすぎます。指定できるのは {limit} までです。</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Changed by someone else</source>
        <translation>他の人が変更しました</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>編集を続ける</translation>
    </message>
    <message>
        <source>Reload theirs (discard my changes)</source>
        <translation>保存済みの内容を読み込む（自分の変更は破棄）</translation>
    </message>
    <message>
        <source>Save mine over theirs</source>
        <translation>自分の内容で上書き保存</translation>
    </message>
    <message>
        <source>Saved now</source>
        <translation>保存済みの内容</translation>
    </message>
    <message>
        <source>The fields you changed are the same in both versions.</source>
        <translation>変更した項目は、どちらの内容でも同じです。</translation>
    </message>
    <message>
        <source>Your version</source>
        <translation>あなたの内容</translation>
    </message>
</context>
<context>
    <name>ContactEditor</name>
    <message>
        <source>Save contact</source>
        <translation>担当者を保存</translation>
    </message>
    <message>
        <source>Undo changes</source>
        <translation>変更を取り消す</translation>
    </message>
</context>
<context>
    <name>ContactsPanel</name>
    <message>
        <source>Contact</source>
        <translation>担当者</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>担当者を追加</translation>
    </message>
    <message>
        <source>No contacts yet. Type one below and press “Save contact”.</source>
        <translation>担当者はまだ登録されていません。下に入力して「担当者を保存」を押してください。</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>読み仮名</translation>
    </message>
    <message>
        <source>Remove contact</source>
        <translation>担当者を削除</translation>
    </message>
    <message>
        <source>Save the partner first, then add its contacts here.</source>
        <translation>先に組織を保存してから、ここで担当者を追加してください。</translation>
    </message>
    <message>
        <source>{count} contacts; ★ marks the main contact.</source>
        <translation>担当者 {count} 人（★は主担当）</translation>
    </message>
</context>
<context>
    <name>DatabaseActions</name>
    <message>
        <source>Backed up</source>
        <translation>バックアップしました</translation>
    </message>
    <message>
        <source>Backing up the database…</source>
        <translation>データベースをバックアップしています…</translation>
    </message>
    <message>
        <source>Kakehashi databases ({patterns})</source>
        <translation>架け橋のデータベース（{patterns}）</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>実行できませんでした</translation>
    </message>
    <message>
        <source>Only a database file can be backed up here.</source>
        <translation>ここでバックアップできるのはデータベースファイルだけです。</translation>
    </message>
    <message>
        <source>Only a database file can be restored here.</source>
        <translation>ここで復元できるのはデータベースファイルだけです。</translation>
    </message>
    <message>
        <source>Replace the database {database} with the backup {backup}?</source>
        <translation>データベース {database} をバックアップ {backup} で置き換えますか？</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>復元</translation>
    </message>
    <message>
        <source>Restore from a Backup</source>
        <translation>バックアップから復元</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>バックアップを復元しています…</translation>
    </message>
    <message>
        <source>Show Folder</source>
        <translation>フォルダーを表示</translation>
    </message>
    <message>
        <source>The automatic backup failed: {reason}</source>
        <translation>自動バックアップに失敗しました：{reason}</translation>
    </message>
    <message>
        <source>The database as it is now is backed up first, so this can be undone by restoring that copy.</source>
        <translation>現在のデータベースは先にバックアップされるため、そのコピーを復元すれば元に戻せます。</translation>
    </message>
    <message>
        <source>The database was backed up to {path}</source>
        <translation>データベースを {path} にバックアップしました。</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>Type a date as you would write it: 2020/9/18, 2020-09-18, 令和2年9月18日 or R2.9.18.</source>
        <translation>日付は普段の書き方で入力できます：2020/9/18、2020-09-18、令和2年9月18日、R2.9.18。</translation>
    </message>
    <message>
        <source>e.g. 2020/9/18 or R2.9.18</source>
        <translation>例：2020/9/18、R2.9.18</translation>
    </message>
    <message>
        <source>{date} ({weekday})</source>
        <translation>{date}（{weekday}）</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <source>Not a date: &apos;{text}&apos;</source>
        <translation>「{text}」は日付として認識できません。</translation>
    </message>
    <message>
        <source>Not a date: &apos;{text}&apos; ({reason})</source>
        <translation>「{text}」は日付として認識できません（{reason}）。</translation>
    </message>
    <message>
        <source>before the start of {era}</source>
        <translation>{era}が始まる前の日付です</translation>
    </message>
    <message>
        <source>expected YYYY-MM-DD</source>
        <translation>YYYY-MM-DD の形式で入力してください</translation>
    </message>
    <message>
        <source>invalid time</source>
        <translation>時刻が正しくありません</translation>
    </message>
    <message>
        <source>invalid time zone offset</source>
        <translation>タイムゾーンの指定が正しくありません</translation>
    </message>
    <message>
        <source>no such day</source>
        <translation>存在しない日付です</translation>
    </message>
    <message>
        <source>no such month</source>
        <translation>存在しない月です</translation>
    </message>
    <message>
        <source>not text</source>
        <translation>文字列ではありません</translation>
    </message>
    <message>
        <source>there is no year 0 of {era}</source>
        <translation>{era}に0年はありません</translation>
    </message>
    <message>
        <source>weekday does not match</source>
        <translation>曜日が日付と一致しません</translation>
    </message>
    <message>
        <source>year {era_year} of {era} is too far in the future</source>
        <translation>{era}{era_year}年は遠すぎる将来の年です</translation>
    </message>
    <message>
        <source>{era} ended in {end_year}; there is no year {era_year} of {era}</source>
        <translation>{era}は{end_year}年に終わった元号で、{era}{era_year}年はありません</translation>
    </message>
</context>
<context>
    <name>DueSoon</name>
    <message>
        <source>1 day overdue</source>
        <translation>1 日超過</translation>
    </message>
    <message>
        <source>Agreement or activity</source>
        <translation>協定・活動</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>期日</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>期限到来</translation>
    </message>
    <message>
        <source>In {days} days</source>
        <translation>あと {days} 日</translation>
    </message>
    <message>
        <source>Reminded {lead} days before the date (Edit → Preferences sets the lead times).</source>
        <translation>期日の {lead} 日前からお知らせしています（通知のタイミングは［編集］→［環境設定］で設定できます）。</translation>
    </message>
    <message>
        <source>Snoozed until {date}</source>
        <translation>{date} まで延期</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>明日</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>When</source>
        <translation>日数</translation>
    </message>
    <message>
        <source>With</source>
        <translation>相手先</translation>
    </message>
    <message>
        <source>{days} days overdue</source>
        <translation>{days} 日超過</translation>
    </message>
</context>
<context>
    <name>DueSoonPanel</name>
    <message>
        <source>&amp;Done</source>
        <translation>完了(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Reopen</source>
        <translation>未完了に戻す(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Snooze</source>
        <translation>延期(&amp;S)</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>期日が近い項目</translation>
    </message>
    <message>
        <source>Due soon ({count})</source>
        <translation>期日が近い項目（{count} 件）</translation>
    </message>
    <message>
        <source>Due soon, with done and snoozed ({count})</source>
        <translation>期日が近い項目（完了・延期を含む {count} 件）</translation>
    </message>
    <message>
        <source>For a Day</source>
        <translation>1 日後まで</translation>
    </message>
    <message>
        <source>For a Week</source>
        <translation>1 週間後まで</translation>
    </message>
    <message>
        <source>Hide the selected reminder until a later day.</source>
        <translation>選択したリマインダーを指定の日まで非表示にします。</translation>
    </message>
    <message>
        <source>Looking for reminders…</source>
        <translation>リマインダーを確認しています…</translation>
    </message>
    <message>
        <source>Mark the selected reminder done: it is not shown again.</source>
        <translation>選択したリマインダーを完了にします。以後は表示されません。</translation>
    </message>
    <message>
        <source>Nothing has reached its reminder time</source>
        <translation>お知らせする時期になった項目はありません</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>開く</translation>
    </message>
    <message>
        <source>Renewal decisions, expiries and activities appear here a set number of days before their date. The lead times are set in Edit → Preferences, under Reminders.</source>
        <translation>更新判断期限・期間満了日・活動は、期日の一定日数前になるとここに表示されます。何日前にお知らせするかは［編集］→［環境設定］の「リマインダー」で設定できます。</translation>
    </message>
    <message>
        <source>Show done and snoozed</source>
        <translation>完了・延期したものも表示</translation>
    </message>
    <message>
        <source>Show the selected reminder again among those due.</source>
        <translation>選択したリマインダーを再び期日の近い項目に表示します。</translation>
    </message>
    <message>
        <source>Until a Day…</source>
        <translation>日付を指定…</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <source>Clear the filters</source>
        <translation>絞り込みを解除</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>検索を解除</translation>
    </message>
    <message>
        <source>Load the demo data</source>
        <translation>デモデータを読み込む</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>Copy Details</source>
        <translation>詳細をコピー</translation>
    </message>
    <message>
        <source>No log file could be written.</source>
        <translation>ログファイルを書き込めませんでした。</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>実行できませんでした</translation>
    </message>
    <message>
        <source>Something went wrong that Kakehashi did not expect. Your saved work is safe; what you were doing may not have finished. Please send the details below to whoever looks after Kakehashi.</source>
        <translation>架け橋で予期しない問題が発生しました。保存済みのデータは安全ですが、実行中の操作は完了していない可能性があります。下の詳細を架け橋の管理担当者に送ってください。</translation>
    </message>
    <message>
        <source>The log file is {path}</source>
        <translation>ログファイル：{path}</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>予期しないエラー</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>&apos;{kind}&apos; is not a kind of record kept in the trash.</source>
        <translation>「{kind}」はごみ箱で管理するデータの種類ではありません。</translation>
    </message>
    <message>
        <source>Backups are made of SQLite database files only, not of {location}.</source>
        <translation>バックアップできるのは SQLite のデータベースファイルのみです。{location} はバックアップできません。</translation>
    </message>
    <message>
        <source>Cannot create the folder {path}: {detail}</source>
        <translation>フォルダー {path} を作成できません：{detail}</translation>
    </message>
    <message>
        <source>Cannot read {path}: {detail}</source>
        <translation>{path} を読み込めません：{detail}</translation>
    </message>
    <message>
        <source>Cannot write the calendar file {file}: {reason}</source>
        <translation>カレンダーのファイル {file} に書き込めません：{reason}</translation>
    </message>
    <message>
        <source>Kakehashi may not write {path} or its folder; nothing was saved. Check the file&apos;s permissions.</source>
        <translation>Kakehashi には {path} またはそのフォルダーへの書き込み権限がありません。何も保存されていません。ファイルのアクセス権を確認してください。</translation>
    </message>
    <message>
        <source>Restore the organisation {label} first; this record belongs to it.</source>
        <translation>先に組織 {label} を復元してください。このデータはその組織に属しています。</translation>
    </message>
    <message>
        <source>Someone else saved the {record} “{label}” at the same moment; nothing was saved. Open it again, then repeat your changes.</source>
        <translation>{record}「{label}」は、同時に別の人が保存しました。保存は行っていません。開き直してから、もう一度変更してください。</translation>
    </message>
    <message>
        <source>The backup {path} failed its check ({detail}); it was removed.</source>
        <translation>バックアップ {path} は検査で問題が見つかったため、削除しました（{detail}）。</translation>
    </message>
    <message>
        <source>The database already holds {count} organisations (the trash included); demo data is loaded only into an empty database. Nothing was added.</source>
        <translation>データベースには既に {count} 件の組織（ごみ箱内を含む）が登録されています。デモデータは空のデータベースにのみ読み込めます。データは追加されていません。</translation>
    </message>
    <message>
        <source>The disk holding {path} could not be read or written (input/output error); nothing was saved. Check the disk, then try again or restore the newest backup.</source>
        <translation>{path} があるディスクの読み書きに失敗しました（入出力エラー）。何も保存されていません。ディスクを確認してからもう一度お試しいただくか、最新のバックアップを復元してください。</translation>
    </message>
    <message>
        <source>The disk holding {path} is full; nothing was saved. Free some space and try again.</source>
        <translation>{path} があるディスクの空き容量がありません。何も保存されていません。空き容量を確保してから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The stored copy of {name} is missing or damaged ({path}).</source>
        <translation>保存されている {name} のコピーが見つからないか、破損しています（{path}）。</translation>
    </message>
    <message>
        <source>The {record} with id {id} is in the trash; restore it first.</source>
        <translation>{record}（ID {id}）はごみ箱にあります。先に復元してください。</translation>
    </message>
    <message>
        <source>The {record} “{label}” was changed at {at}, after you opened it; nothing was saved. Open it again to see the changes, then repeat yours.</source>
        <translation>{record}「{label}」は、開いた後の {at} に変更されました。保存は行っていません。開き直して変更内容を確認し、もう一度変更してください。</translation>
    </message>
    <message>
        <source>The {record} “{label}” was saved without saying which version it was edited from; nothing was saved. Open it again, then repeat your changes.</source>
        <translation>{record}「{label}」は、編集元の版が分からないため保存しませんでした。開き直してから、もう一度変更してください。</translation>
    </message>
    <message>
        <source>There is no Kakehashi database at {path}.</source>
        <translation>{path} に Kakehashi のデータベースはありません。</translation>
    </message>
    <message>
        <source>There is no database file at {path}.</source>
        <translation>{path} にデータベースファイルがありません。</translation>
    </message>
    <message>
        <source>There is no {record} with id {id}.</source>
        <translation>{record}（ID {id}）は存在しません。</translation>
    </message>
    <message>
        <source>damage: {detail}</source>
        <translation>破損：{detail}</translation>
    </message>
    <message>
        <source>document {id} ({name}): stored copy damaged at {path}</source>
        <translation>文書 {id}（{name}）：保存されたコピーが破損しています（{path}）</translation>
    </message>
    <message>
        <source>document {id} ({name}): stored copy missing at {path}</source>
        <translation>文書 {id}（{name}）：保存されたコピーが見つかりません（{path}）</translation>
    </message>
    <message>
        <source>foreign key: {table} row {row} points to a missing {parent}</source>
        <translation>外部キー：{table} の行 {row} が存在しない {parent} を参照しています</translation>
    </message>
    <message>
        <source>schema {revision} is not this program&apos;s {head}</source>
        <translation>スキーマ {revision} はこのプログラムのスキーマ {head} と一致しません</translation>
    </message>
    <message>
        <source>{label} is still a party to {count} agreement(s); remove it from them before deleting it for good.</source>
        <translation>{label} は {count} 件の協定の当事者になっています。完全に削除する前に、協定の当事者から外してください。</translation>
    </message>
    <message>
        <source>{location} cannot be opened: {detail}</source>
        <translation>{location} を開けません：{detail}</translation>
    </message>
    <message>
        <source>{location} could not be updated to this version of Kakehashi; it was left as it was ({detail}).</source>
        <translation>{location} をこのバージョンの Kakehashi 用に更新できませんでした。ファイルは元のままです（{detail}）。</translation>
    </message>
    <message>
        <source>{location} is not a Kakehashi database; it was not changed.</source>
        <translation>{location} は Kakehashi のデータベースではありません。ファイルは変更していません。</translation>
    </message>
    <message>
        <source>{location} was made by an older version of Kakehashi and must be updated before it can be opened, which cannot be done while it is read-only. Open it once where it can be written.</source>
        <translation>{location} は以前のバージョンの Kakehashi で作成されたため、開く前に更新が必要ですが、読み取り専用のため更新できません。書き込みできる場所で一度開いてください。</translation>
    </message>
    <message>
        <source>{location} was written by a newer version of Kakehashi (schema {revision}). Install the newer version to open it; the file was not changed.</source>
        <translation>{location} は新しいバージョンの Kakehashi で作成されています（スキーマ {revision}）。開くには新しいバージョンをインストールしてください。ファイルは変更していません。</translation>
    </message>
    <message>
        <source>{part}: cannot be read ({reason})</source>
        <translation>{part}：読み取れません（{reason}）</translation>
    </message>
    <message>
        <source>{path} changed while it was being copied; try again.</source>
        <translation>{path} はコピー中に変更されました。もう一度お試しください。</translation>
    </message>
    <message>
        <source>{path} is busy with another person&apos;s save. Nothing was lost, but this change was not saved yet: try again in a moment.</source>
        <translation>{path} は他の人の保存処理で使用中です。データは失われていませんが、この変更はまだ保存されていません。しばらくしてからもう一度お試しください。</translation>
    </message>
    <message>
        <source>{path} is damaged ({detail}). Nothing was changed; run &apos;kakehashi check&apos; to see the damage, or restore the newest backup.</source>
        <translation>{path} は破損しています（{detail}）。何も変更していません。「kakehashi check」で破損箇所を確認するか、最新のバックアップを復元してください。</translation>
    </message>
    <message>
        <source>{path} is damaged and cannot be used: {detail}</source>
        <translation>{path} は破損しているため使用できません：{detail}</translation>
    </message>
    <message>
        <source>{path} is not a Kakehashi database (it is not a SQLite file).</source>
        <translation>{path} は Kakehashi のデータベースではありません（SQLite のファイルではありません）。</translation>
    </message>
    <message>
        <source>{path} is not a Kakehashi database; it was not restored.</source>
        <translation>{path} は Kakehashi のデータベースではありません。復元は行っていません。</translation>
    </message>
    <message>
        <source>{path} is not a SQLite database file.</source>
        <translation>{path} は SQLite のデータベースファイルではありません。</translation>
    </message>
    <message>
        <source>{path} is open read-only; changes cannot be saved. Nothing was changed.</source>
        <translation>{path} は読み取り専用で開かれているため、変更を保存できません。何も変更していません。</translation>
    </message>
    <message>
        <source>{path} is the database itself, not a backup of it; nothing was restored.</source>
        <translation>{path} はデータベースそのものでバックアップではありません。復元は行っていません。</translation>
    </message>
    <message>
        <source>{path} stayed busy with other people&apos;s saves for {seconds} seconds, so it was not restored; nothing was changed. Close Kakehashi on the other computers and try again.</source>
        <translation>{path} は他の人の保存処理で {seconds} 秒間使用中だったため、復元しませんでした。何も変更していません。他のコンピューターで Kakehashi を閉じてから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>{path} was written by a newer version of Kakehashi (schema {revision}); it was not restored.</source>
        <translation>{path} は新しいバージョンの Kakehashi で作成されています（スキーマ {revision}）。復元は行っていません。</translation>
    </message>
    <message>
        <source>{user} changed the {record} “{label}” at {at}, after you opened it; nothing was saved. Open it again to see the changes, then repeat yours.</source>
        <translation>{record}「{label}」は、開いた後の {at} に {user} が変更しました。保存は行っていません。開き直して変更内容を確認し、もう一度変更してください。</translation>
    </message>
</context>
<context>
    <name>ExchangeActions</name>
    <message>
        <source>The import was undone: {removed} added record(s) removed, {restored} record(s) put back as they were.</source>
        <translation>取り込みを取り消しました。追加された記録 {removed} 件を削除し、{restored} 件を元に戻しました。</translation>
    </message>
    <message>
        <source>Undo the import of {file}? The records it added are removed and the fields it changed get their earlier values back.</source>
        <translation>{file} の取り込みを取り消しますか？ 追加された記録は削除され、変更された項目は元の値に戻ります。</translation>
    </message>
    <message>
        <source>Undo this import</source>
        <translation>この取り込みを取り消す</translation>
    </message>
    <message>
        <source>Undoing the import…</source>
        <translation>取り込みを取り消しています…</translation>
    </message>
</context>
<context>
    <name>ExchangeLists</name>
    <message>
        <source>Activities</source>
        <translation>活動</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>協定</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>担当者</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>連携先</translation>
    </message>
</context>
<context>
    <name>ExchangePage</name>
    <message>
        <source>An empty workbook with the list&apos;s columns, for a partner to fill in</source>
        <translation>連携先に記入してもらうための、一覧の列だけがある空のブックです</translation>
    </message>
    <message>
        <source>Blank template…</source>
        <translation>記入用テンプレート…</translation>
    </message>
    <message>
        <source>Choose Import… or drop an Excel or CSV file here. Each import is listed here and can be undone.</source>
        <translation>「取り込み…」を選ぶか、Excel または CSV ファイルをここにドロップしてください。取り込みはここに一覧され、取り消すことができます。</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>書き出し…</translation>
    </message>
    <message>
        <source>Import and export</source>
        <translation>取り込みと書き出し</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>取り込み…</translation>
    </message>
    <message>
        <source>Nothing imported yet</source>
        <translation>まだ何も取り込んでいません</translation>
    </message>
    <message>
        <source>Past imports</source>
        <translation>これまでの取り込み</translation>
    </message>
    <message>
        <source>Read an Excel or CSV file into a list (you can also drop the file on this page)</source>
        <translation>Excel または CSV ファイルを一覧に取り込みます（このページにファイルをドロップすることもできます）</translation>
    </message>
    <message>
        <source>Remove the records the selected import added and put back what it changed</source>
        <translation>選択した取り込みで追加された記録を削除し、変更された内容を元に戻します</translation>
    </message>
    <message>
        <source>Send partners a list or a blank template to fill in, and take their spreadsheets back: every row is shown as new, updated or in error before anything is written, and an import can be undone.</source>
        <translation>連携先に一覧や記入用テンプレートを送り、返ってきた表計算ファイルを取り込みます。書き込む前にすべての行が新規・更新・エラーのどれになるかを確認でき、取り込みは取り消せます。</translation>
    </message>
    <message>
        <source>Undo this import…</source>
        <translation>この取り込みを取り消す…</translation>
    </message>
    <message>
        <source>Write a list to an Excel or CSV file</source>
        <translation>一覧を Excel または CSV ファイルに書き出します</translation>
    </message>
</context>
<context>
    <name>ExchangeTexts</name>
    <message>
        <source>(empty)</source>
        <translation>（空欄）</translation>
    </message>
    <message>
        <source>Row {row}, {column}: {text}</source>
        <translation>{row} 行目、{column}：{text}</translation>
    </message>
    <message>
        <source>Row {row}: {text}</source>
        <translation>{row} 行目：{text}</translation>
    </message>
    <message>
        <source>{column}: {text}</source>
        <translation>{column}：{text}</translation>
    </message>
    <message>
        <source>{field}: {before} → {after}</source>
        <translation>{field}：{before} → {after}</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>A blank template of Kakehashi for {list}. Fill in one row per record on the sheet “{sheet}”.</source>
        <translation>架け橋の{list}の記入用テンプレートです。シート「{sheet}」に 1 件につき 1 行ずつ記入してください。</translation>
    </message>
    <message>
        <source>A date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>A two-letter country code: JP, US, GB…</source>
        <translation>2 文字の国コード：JP、US、GB など</translation>
    </message>
    <message>
        <source>A whole number</source>
        <translation>整数</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>活動</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>協定</translation>
    </message>
    <message>
        <source>CSV is written in utf-8-sig or cp932, not “{encoding}”.</source>
        <translation>CSV の文字コードは utf-8-sig か cp932 です。「{encoding}」では書き出せません。</translation>
    </message>
    <message>
        <source>Cannot write {file}: it may be open in Excel or another program, or the folder may not be written to. Close the file and try again.</source>
        <translation>{file} を書き込めませんでした。Excel などで開いているか、フォルダーに書き込む権限がない可能性があります。ファイルを閉じてから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>Cannot write {file}: {reason}</source>
        <translation>{file} を書き込めませんでした：{reason}</translation>
    </message>
    <message>
        <source>Change or add rows on the sheet “{sheet}”, save the file, and import it into Kakehashi. Before anything is written, Kakehashi shows every row as new, changed, unchanged or wrong.</source>
        <translation>シート「{sheet}」の行を変更・追加してファイルを保存し、架け橋に取り込んでください。書き込む前に、すべての行を新規・変更・変更なし・エラーに分けて表示します。</translation>
    </message>
    <message>
        <source>Choices</source>
        <translation>選択肢</translation>
    </message>
    <message>
        <source>Choose a value from the list.</source>
        <translation>一覧から値を選んでください。</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>担当者</translation>
    </message>
    <message>
        <source>Dates are date cells: type them as 2025/4/1 or 令和7年4月1日.</source>
        <translation>日付は日付のセルです。2025/4/1 や 令和7年4月1日 のように入力してください。</translation>
    </message>
    <message>
        <source>Fill in one row per record on the sheet “{sheet}” under its header, leave the header as it is, and save the file. Kakehashi imports it and shows every row before anything is written.</source>
        <translation>シート「{sheet}」の見出しの下に 1 件につき 1 行ずつ記入し、見出しは変えずにファイルを保存してください。架け橋で取り込むと、書き込む前にすべての行を表示します。</translation>
    </message>
    <message>
        <source>For reading only: what you change in this column is not imported.</source>
        <translation>参照用の列です。この列を変更しても取り込まれません。</translation>
    </message>
    <message>
        <source>For reading only; not imported</source>
        <translation>参照用（取り込まれません）</translation>
    </message>
    <message>
        <source>Grey columns are for reading only; what you change in them is not imported.</source>
        <translation>灰色の列は参照用です。変更しても取り込まれません。</translation>
    </message>
    <message>
        <source>How to use this file</source>
        <translation>このファイルの使い方</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>説明</translation>
    </message>
    <message>
        <source>Kakehashi&apos;s key of the record. Leave it as it is: importing this file again then updates the record instead of adding another. Leave it empty in new rows.</source>
        <translation>架け橋がこの記録を見分けるキーです。変更しないでください。このファイルを取り込むと、新しい記録を追加せずにこの記録を更新します。新しい行では空欄のままにしてください。</translation>
    </message>
    <message>
        <source>Kakehashi&apos;s key; leave it as it is, empty in new rows</source>
        <translation>架け橋のキー。変更せず、新しい行では空欄</translation>
    </message>
    <message>
        <source>Kinds, statuses and yes/no are chosen from the drop-down list of their cells.</source>
        <translation>種類・状態・はい/いいえは、セルのドロップダウン一覧から選んでください。</translation>
    </message>
    <message>
        <source>Names of organisations, one per line</source>
        <translation>組織の名前（1 行に 1 つ）</translation>
    </message>
    <message>
        <source>Not in the list</source>
        <translation>一覧にない値です</translation>
    </message>
    <message>
        <source>One item per line</source>
        <translation>1 行に 1 項目</translation>
    </message>
    <message>
        <source>One of: {values}</source>
        <translation>次のいずれか：{values}</translation>
    </message>
    <message>
        <source>Other records are named as Kakehashi shows them: an organisation by its Japanese name (else its English name), an agreement by its title. Where several share a name, the cell holds the key of the one meant instead.</source>
        <translation>ほかの記録は架け橋の表示どおりの名前で書きます。組織は日本語名（なければ英語名）、協定は協定名です。同じ名前の記録が複数あるときは、名前の代わりにその記録のキーを書きます。</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>連携先</translation>
    </message>
    <message>
        <source>Row in the original file</source>
        <translation>元のファイルの行</translation>
    </message>
    <message>
        <source>Rows of {file} that were not imported</source>
        <translation>{file} の取り込めなかった行</translation>
    </message>
    <message>
        <source>Several items in one cell (tags, partners, scope): one per line (Alt+Enter starts a new line in a cell).</source>
        <translation>1 つのセルに複数の項目（タグ、連携先、連携内容）を書くときは 1 行に 1 項目ずつ書いてください（セル内の改行は Alt+Enter）。</translation>
    </message>
    <message>
        <source>Tags, one per line</source>
        <translation>タグ（1 行に 1 つ）</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文字列</translation>
    </message>
    <message>
        <source>The first column, “{key}”, finds the record again: leave it as it is, and leave it empty in new rows. Rows deleted from the file are not deleted in Kakehashi.</source>
        <translation>最初の列「{key}」で記録を見分けます。変更せず、新しい行では空欄のままにしてください。ファイルから行を削除しても、架け橋の記録は削除されません。</translation>
    </message>
    <message>
        <source>The name of one {record}</source>
        <translation>{record}の名前（1 つ）</translation>
    </message>
    <message>
        <source>There is no list “{kind}” to export; choose partners, agreements, contacts or activities.</source>
        <translation>書き出せる一覧に「{kind}」はありません。partners、agreements、contacts、activities のいずれかを選んでください。</translation>
    </message>
    <message>
        <source>These {count} rows of “{file}” (sheet “{sheet}”) were not imported. Correct the cells marked in red as the column “{reason}” says, save this file and import it again. The columns “{row}” and “{reason}” are not imported.</source>
        <translation>「{file}」（シート「{sheet}」）のこの {count} 行は取り込まれませんでした。列「{reason}」に従って赤いセルを直し、このファイルを保存してもう一度取り込んでください。列「{row}」と「{reason}」は取り込まれません。</translation>
    </message>
    <message>
        <source>What is wrong</source>
        <translation>エラーの理由</translation>
    </message>
    <message>
        <source>What to write</source>
        <translation>記入する内容</translation>
    </message>
    <message>
        <source>Yes or no, from the list</source>
        <translation>はい または いいえ（一覧から選択）</translation>
    </message>
    <message>
        <source>{column}: {message}</source>
        <translation>{column}：{message}</translation>
    </message>
    <message>
        <source>{file}: CP932 (Shift_JIS) cannot hold the character “{char}” in row {row}, column “{column}” ({count} cells in all). Nothing was written. Export as CSV (UTF-8) or as an Excel workbook instead: both keep every character.</source>
        <translation>{file}：{row} 行目の列「{column}」の文字「{char}」は CP932（Shift_JIS）で書けません（該当するセルは全部で {count} 個）。何も書き出していません。CSV（UTF-8）か Excel ブックで書き出してください。どちらもすべての文字を保てます。</translation>
    </message>
    <message>
        <source>{list} exported from Kakehashi on {date}: {count} rows.</source>
        <translation>{date} に架け橋から書き出した{list}です（{count} 行）。</translation>
    </message>
    <message>
        <source>{list}: blank template</source>
        <translation>{list}：記入用テンプレート</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>&amp;Headers in:</source>
        <translation>見出しの言語(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;List:</source>
        <translation>一覧(&amp;L)：</translation>
    </message>
    <message>
        <source>1 row was written to {file}.</source>
        <translation>1 行を {file} に書き出しました。</translation>
    </message>
    <message>
        <source>A workbook with the list&apos;s headers, drop-down lists and instructions, for a partner to fill in and send back. Import it with Import….</source>
        <translation>一覧の見出し、選択リスト、記入の説明が入ったブックです。連携先に記入して返送してもらい、「取り込み…」で取り込みます。</translation>
    </message>
    <message>
        <source>Blank template</source>
        <translation>記入用テンプレート</translation>
    </message>
    <message>
        <source>CSV for older Excel (Shift_JIS)</source>
        <translation>古い Excel 向け CSV（Shift_JIS）</translation>
    </message>
    <message>
        <source>CSV, UTF-8</source>
        <translation>CSV（UTF-8）</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Dates:</source>
        <translation>日付：</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <translation>Excel ブック（.xlsx）</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>書き出し</translation>
    </message>
    <message>
        <source>Export every record of a list (not those in the trash). Keep the key column: a file sent back with it updates the same records instead of adding new ones.</source>
        <translation>一覧のすべての記録（ごみ箱の中のものを除く）を書き出します。キーの列は残してください。キーの列があるファイルを取り込むと、新しい記録を追加せずに同じ記録を更新します。</translation>
    </message>
    <message>
        <source>Export the {count} selected rows of {list}.</source>
        <translation>{list}で選択した {count} 行を書き出します。</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>書き出し先</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>書き出し…</translation>
    </message>
    <message>
        <source>File &amp;type:</source>
        <translation>ファイルの種類(&amp;T)：</translation>
    </message>
    <message>
        <source>Save template…</source>
        <translation>テンプレートを保存…</translation>
    </message>
    <message>
        <source>Save the template as</source>
        <translation>テンプレートの保存先</translation>
    </message>
    <message>
        <source>Show dates in the Japanese era (令和7年4月1日)</source>
        <translation>日付を和暦で表示する（令和7年4月1日）</translation>
    </message>
    <message>
        <source>The file was not written: {reason}</source>
        <translation>ファイルを書き出せませんでした：{reason}</translation>
    </message>
    <message>
        <source>The template was saved as {file}.</source>
        <translation>テンプレートを {file} に保存しました。</translation>
    </message>
    <message>
        <source>{count} rows were written to {file}.</source>
        <translation>{count} 行を {file} に書き出しました。</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Address</source>
        <translation>住所</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>協定</translation>
    </message>
    <message>
        <source>Annual fee (yen)</source>
        <translation>年会費（円）</translation>
    </message>
    <message>
        <source>Attached at</source>
        <translation>添付日時</translation>
    </message>
    <message>
        <source>Checksum (SHA-256)</source>
        <translation>チェックサム（SHA-256）</translation>
    </message>
    <message>
        <source>City</source>
        <translation>市区町村</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>作成日時</translation>
    </message>
    <message>
        <source>Current term ends</source>
        <translation>現在の期間の満了日</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部署</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>添付文書</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>メールアドレス</translation>
    </message>
    <message>
        <source>Effective from</source>
        <translation>発効日</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>終了日</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>英語名</translation>
    </message>
    <message>
        <source>Expires on</source>
        <translation>有効期限</translation>
    </message>
    <message>
        <source>Expiry date as written</source>
        <translation>有効期限（記載どおり）</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>姓</translation>
    </message>
    <message>
        <source>Family name (kana)</source>
        <translation>姓（読み仮名）</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>ファイル名</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>名</translation>
    </message>
    <message>
        <source>Given name (kana)</source>
        <translation>名（読み仮名）</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Item (English)</source>
        <translation>内容（英語）</translation>
    </message>
    <message>
        <source>Japanese name</source>
        <translation>日本語名</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>役職</translation>
    </message>
    <message>
        <source>Job title (English)</source>
        <translation>役職（英語）</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>管理キー</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種別</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>最終更新日時</translation>
    </message>
    <message>
        <source>Main contact</source>
        <translation>主担当</translation>
    </message>
    <message>
        <source>Membership tier</source>
        <translation>会員種別</translation>
    </message>
    <message>
        <source>Moved to the trash</source>
        <translation>ごみ箱に移動した日時</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>備考</translation>
    </message>
    <message>
        <source>Notice period (days)</source>
        <translation>予告期間（日）</translation>
    </message>
    <message>
        <source>Notice period (months)</source>
        <translation>予告期間（月）</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>組織</translation>
    </message>
    <message>
        <source>Organisation as signed</source>
        <translation>所属（署名時）</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>組織</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>支払日</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>パートナー</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>パートナー</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話番号</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>場所</translation>
    </message>
    <message>
        <source>Prefecture or region</source>
        <translation>都道府県・地域</translation>
    </message>
    <message>
        <source>Previous agreement</source>
        <translation>更新・変更前の協定</translation>
    </message>
    <message>
        <source>Reading (kana)</source>
        <translation>読み仮名</translation>
    </message>
    <message>
        <source>Relation to the previous agreement</source>
        <translation>前の協定との関係</translation>
    </message>
    <message>
        <source>Renewal decision deadline</source>
        <translation>更新判断期限</translation>
    </message>
    <message>
        <source>Renewal term (months)</source>
        <translation>更新期間（月）</translation>
    </message>
    <message>
        <source>Renewal term (years)</source>
        <translation>更新期間（年）</translation>
    </message>
    <message>
        <source>Renews automatically</source>
        <translation>自動更新</translation>
    </message>
    <message>
        <source>Scope of cooperation</source>
        <translation>連携・協力事項</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>略称</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>署名者の立場</translation>
    </message>
    <message>
        <source>Signatories</source>
        <translation>署名者</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>締結日</translation>
    </message>
    <message>
        <source>Signing date known to</source>
        <translation>締結日の精度</translation>
    </message>
    <message>
        <source>Size (bytes)</source>
        <translation>サイズ（バイト）</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>開始日</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Status set by hand</source>
        <translation>状態（手動設定）</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>タグ名</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>タグ</translation>
    </message>
    <message>
        <source>Term (months)</source>
        <translation>有効期間（月）</translation>
    </message>
    <message>
        <source>Term (years)</source>
        <translation>有効期間（年）</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>件名</translation>
    </message>
    <message>
        <source>Title (English)</source>
        <translation>件名（英語）</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版数</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>ウェブサイト</translation>
    </message>
    <message>
        <source>{items} {number}</source>
        <translation>{items}（{number}）</translation>
    </message>
    <message>
        <source>{items} {number}: {field}</source>
        <translation>{items}（{number}）の{field}</translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <source>All files (*)</source>
        <translation>すべてのファイル（*）</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>CSV ファイル（*.csv）</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel ブック（*.xlsx）</translation>
    </message>
    <message>
        <source>Spreadsheets ({patterns})</source>
        <translation>表計算ファイル（{patterns}）</translation>
    </message>
    <message>
        <source>iCalendar file (*.ics)</source>
        <translation>iCalendar ファイル (*.ics)</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Added the {record} “{label}”.</source>
        <translation>{record}「{label}」を追加しました。</translation>
    </message>
    <message>
        <source>Changed the {record} “{label}”.</source>
        <translation>{record}「{label}」を変更しました。</translation>
    </message>
    <message>
        <source>Deleted the {record} “{label}” for good.</source>
        <translation>{record}「{label}」を完全に削除しました。</translation>
    </message>
    <message>
        <source>Moved the {record} “{label}” to the trash.</source>
        <translation>{record}「{label}」をごみ箱に移動しました。</translation>
    </message>
    <message>
        <source>Removed the {record} “{label}”.</source>
        <translation>{record}「{label}」を削除しました。</translation>
    </message>
    <message>
        <source>Restored the {record} “{label}” from the trash.</source>
        <translation>{record}「{label}」をごみ箱から復元しました。</translation>
    </message>
    <message>
        <source>{field} of the {record} “{label}”: {old} → {new}</source>
        <translation>{record}「{label}」の{field}：{old} → {new}</translation>
    </message>
    <message>
        <source>{field}: added {added}, removed {removed}</source>
        <translation>{field}：{added}を追加、{removed}を削除</translation>
    </message>
    <message>
        <source>{field}: added {items}</source>
        <translation>{field}：{items}を追加</translation>
    </message>
    <message>
        <source>{field}: removed {items}</source>
        <translation>{field}：{items}を削除</translation>
    </message>
    <message>
        <source>{field}: {old} → {new}</source>
        <translation>{field}：{old} → {new}</translation>
    </message>
    <message>
        <source>{field}: {value}</source>
        <translation>{field}：{value}</translation>
    </message>
    <message>
        <source>{name} ({details})</source>
        <translation>{name}（{details}）</translation>
    </message>
    <message>
        <source>{operation}: {file} (import number {number})</source>
        <translation>{operation}: {file}（取り込み番号 {number}）</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>No changes have been recorded for this record.</source>
        <translation>このレコードの変更履歴はまだありません。</translation>
    </message>
    <message>
        <source>The history starts when the record is first saved.</source>
        <translation>変更履歴は最初に保存したときから記録されます。</translation>
    </message>
</context>
<context>
    <name>Holidays</name>
    <message>
        <source>Autumnal Equinox Day</source>
        <translation>秋分の日</translation>
    </message>
    <message>
        <source>Children&apos;s Day</source>
        <translation>こどもの日</translation>
    </message>
    <message>
        <source>Citizens&apos; holiday</source>
        <translation>国民の休日</translation>
    </message>
    <message>
        <source>Coming of Age Day</source>
        <translation>成人の日</translation>
    </message>
    <message>
        <source>Constitution Memorial Day</source>
        <translation>憲法記念日</translation>
    </message>
    <message>
        <source>Culture Day</source>
        <translation>文化の日</translation>
    </message>
    <message>
        <source>Greenery Day</source>
        <translation>みどりの日</translation>
    </message>
    <message>
        <source>Health and Sports Day</source>
        <translation>体育の日</translation>
    </message>
    <message>
        <source>Labour Thanksgiving Day</source>
        <translation>勤労感謝の日</translation>
    </message>
    <message>
        <source>Marine Day</source>
        <translation>海の日</translation>
    </message>
    <message>
        <source>Mountain Day</source>
        <translation>山の日</translation>
    </message>
    <message>
        <source>National Foundation Day</source>
        <translation>建国記念の日</translation>
    </message>
    <message>
        <source>New Year&apos;s Day</source>
        <translation>元日</translation>
    </message>
    <message>
        <source>Respect for the Aged Day</source>
        <translation>敬老の日</translation>
    </message>
    <message>
        <source>Shōwa Day</source>
        <translation>昭和の日</translation>
    </message>
    <message>
        <source>Sports Day</source>
        <translation>スポーツの日</translation>
    </message>
    <message>
        <source>Substitute holiday</source>
        <translation>振替休日</translation>
    </message>
    <message>
        <source>The Emperor&apos;s Birthday</source>
        <translation>天皇誕生日</translation>
    </message>
    <message>
        <source>Vernal Equinox Day</source>
        <translation>春分の日</translation>
    </message>
    <message>
        <source>{holiday} (substitute holiday)</source>
        <translation>{holiday}（振替休日）</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Cannot open</source>
        <translation>開けません</translation>
    </message>
    <message>
        <source>Demo data not loaded</source>
        <translation>デモデータを読み込めませんでした</translation>
    </message>
    <message>
        <source>Double-click a line, or select it and press Enter, to open its record.</source>
        <translation>行をダブルクリックするか、選択して Enter キーを押すと、その記録が開きます。</translation>
    </message>
    <message>
        <source>Loading the demo data…</source>
        <translation>デモデータを読み込んでいます…</translation>
    </message>
    <message>
        <source>Looking for what needs attention…</source>
        <translation>対応が必要な項目を確認しています…</translation>
    </message>
    <message>
        <source>Nothing needs attention in the next {days} days: no renewal decisions, expiries or membership ends.</source>
        <translation>今後 {days} 日間に対応が必要な項目はありません（更新の判断期限、期限満了、会員期間の終了はありません）。</translation>
    </message>
    <message>
        <source>Today is {date}. Deadlines and expiries of the next {days} days, and what has already lapsed.</source>
        <translation>今日は {date} です。今後 {days} 日間の判断期限と期限満了、およびすでに期限を過ぎたものを表示しています。</translation>
    </message>
    <message>
        <source>What needs attention</source>
        <translation>対応が必要な項目</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>&apos;{field}&apos; is not a field that can be imported into this list; the fields are: {fields}.</source>
        <translation>「{field}」はこの一覧に取り込める項目ではありません。取り込める項目：{fields}</translation>
    </message>
    <message>
        <source>&apos;{kind}&apos; is not a list that can be imported: {kinds}.</source>
        <translation>「{kind}」は取り込める一覧ではありません。取り込めるのは {kinds} です。</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; gives only the month; its first day, {date}, is used.</source>
        <translation>「{value}」には月までしかないため、その月の1日（{date}）として取り込みます。</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; gives only the year; its first day, {date}, is used.</source>
        <translation>「{value}」には年までしかないため、その年の1月1日（{date}）として取り込みます。</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is before the start of {era}.</source>
        <translation>「{value}」は{era}が始まる前の日付です。</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is counted in the wrong unit for this column.</source>
        <translation>「{value}」はこの列の単位と違う単位で書かれています。</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is neither yes nor no; write はい or いいえ (○ or ×).</source>
        <translation>「{value}」は「はい」「いいえ」のどちらでもありません。はい・いいえ（○・×）で書いてください。</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a date; write it like 2020/9/18 or 令和2年9月18日.</source>
        <translation>「{value}」は日付ではありません。2020/9/18 や 令和2年9月18日 のように書いてください。</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a day of the calendar.</source>
        <translation>「{value}」という日は暦にありません。</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a key written by Kakehashi; leave the key as exported, or empty for a new row.</source>
        <translation>「{value}」は Kakehashi が書き出した管理キーではありません。管理キーは書き出したままにし、新しい行では空欄にしてください。</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a known value; it is imported as Other, and the text as written is kept in this warning.</source>
        <translation>「{value}」は既知の値ではないため「その他」として取り込みます。元の文字列はこの警告に残しています。</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a whole number.</source>
        <translation>「{value}」は整数ではありません。</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not one of the allowed values: {allowed}.</source>
        <translation>「{value}」は選べる値ではありません。選べる値：{allowed}</translation>
    </message>
    <message>
        <source>&apos;{value}&apos;: the day of the week does not match the date.</source>
        <translation>「{value}」：曜日が日付と合っていません。</translation>
    </message>
    <message>
        <source>&apos;{value}&apos;: there is no year 0 of {era}.</source>
        <translation>「{value}」：{era}0年はありません。</translation>
    </message>
    <message>
        <source>&apos;{value}&apos;: year {era_year} of {era} is too far in the future.</source>
        <translation>「{value}」：{era}{era_year}年は先すぎます。</translation>
    </message>
    <message>
        <source>&apos;{value}&apos;: {era} ended in {end_year}; there is no year {era_year} of {era}.</source>
        <translation>「{value}」：{era}は{end_year}年に終わっており、{era}{era_year}年はありません。</translation>
    </message>
    <message>
        <source>Import number {id} cannot be undone: records added after it refer to records it added: {records}.</source>
        <translation>取り込み番号 {id} は取り消せません。取り込みの後に追加されたレコードが、この取り込みで追加したレコードを参照しています: {records}</translation>
    </message>
    <message>
        <source>Import number {id} cannot be undone: these records were changed after it, and undoing would overwrite that work: {records}.</source>
        <translation>取り込み番号 {id} は取り消せません。取り込みの後に次のレコードが変更されており、取り消すとその作業を上書きしてしまいます: {records}</translation>
    </message>
    <message>
        <source>Import number {id} was already undone at {at}.</source>
        <translation>取り込み番号 {id} は {at} に取り消し済みです。</translation>
    </message>
    <message>
        <source>No column of the sheet “{sheet}” was recognised; say which column holds which field.</source>
        <translation>シート「{sheet}」の列をどれも認識できませんでした。どの列がどの項目かを指定してください。</translation>
    </message>
    <message>
        <source>No record has this key (the file may come from another database); the row is matched by its name instead, or added as a new record with this key.</source>
        <translation>このキーのレコードはありません（別のデータベースのファイルかもしれません）。この行は名前で照合し、見つからなければこのキーで新しいレコードとして追加します。</translation>
    </message>
    <message>
        <source>Row {row} was left out as a note: {text}</source>
        <translation>{row} 行目は注記として取り込みから除きました：{text}</translation>
    </message>
    <message>
        <source>Someone saved while the import was starting; nothing was written. Check the rows again and import.</source>
        <translation>取り込みの開始中に別の保存がありました。何も書き込んでいません。行をもう一度確認してから取り込んでください。</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was written.</source>
        <translation>取り込みを中止しました。何も書き込んでいません。</translation>
    </message>
    <message>
        <source>The sheet “{sheet}” in “{file}” has more than {limit} rows. Split it into smaller files.</source>
        <translation>「{file}」のシート「{sheet}」は {limit} 行を超えています。ファイルを分けてください。</translation>
    </message>
    <message>
        <source>The sheet “{sheet}” in “{file}” is empty.</source>
        <translation>「{file}」のシート「{sheet}」は空です。</translation>
    </message>
    <message>
        <source>The sheet “{sheet}” in “{file}” uses cells as far as row {rows} and column {columns}, more than Kakehashi reads at once. Delete the unused rows and columns and save it again.</source>
        <translation>「{file}」のシート「{sheet}」は {rows} 行目・{columns} 列まで使われており、Kakehashi が一度に読み取れる範囲を超えています。使っていない行と列を削除して保存し直してください。</translation>
    </message>
    <message>
        <source>There is no agreement titled “{name}”.</source>
        <translation>「{name}」という名称の協定はありません。</translation>
    </message>
    <message>
        <source>There is no column &apos;{header}&apos; in the sheet; its columns are: {headers}.</source>
        <translation>シートに「{header}」という列はありません。列の見出し：{headers}</translation>
    </message>
    <message>
        <source>There is no import number {id}; &apos;kakehashi imports&apos; lists them.</source>
        <translation>取り込み番号 {id} はありません。「kakehashi imports」で一覧を確認できます。</translation>
    </message>
    <message>
        <source>There is no organisation named “{name}”; add it first (or import the partners list first).</source>
        <translation>「{name}」という組織はありません。先に追加してください（または先に連携先一覧を取り込んでください）。</translation>
    </message>
    <message>
        <source>These columns are not imported: {headers}.</source>
        <translation>次の列は取り込みません: {headers}</translation>
    </message>
    <message>
        <source>This record was changed in Kakehashi after the file was exported (version {current}, the file&apos;s is {version}), and the change cannot be told apart from this cell&apos;s; export the list again.</source>
        <translation>このレコードはファイルの書き出し後に架け橋で変更されており（版数 {current}、ファイルは {version}）、このセルの変更と区別できません。一覧を書き出し直してください。</translation>
    </message>
    <message>
        <source>This row is the same record as row {first}; keep one of them.</source>
        <translation>この行は {first} 行目と同じレコードです。どちらか一方だけにしてください。</translation>
    </message>
    <message>
        <source>This row&apos;s key belongs to a record in the trash; restore it first, or clear the key to add a new one.</source>
        <translation>この行のキーはごみ箱にあるレコードのものです。先に復元するか、キーを消して新しいレコードとして追加してください。</translation>
    </message>
    <message>
        <source>{count} agreements are titled “{name}”; name the one meant more exactly.</source>
        <translation>「{name}」という名称の協定が {count} 件あります。どれを指すか、より正確に指定してください。</translation>
    </message>
    <message>
        <source>{count} organisations are named “{name}”; put the key of the one meant in the file.</source>
        <translation>「{name}」という組織が {count} 件あります。該当する組織のキーをファイルに入れてください。</translation>
    </message>
    <message>
        <source>{count} records match this row by name; put the key of the one meant in the file (export the list to get the keys).</source>
        <translation>名前が一致するレコードが {count} 件あります。該当するレコードのキーをファイルに入れてください（一覧を書き出すとキーが得られます）。</translation>
    </message>
    <message>
        <source>{count} rows have errors; nothing was written. Correct them and import again, or import the valid rows only.</source>
        <translation>{count} 行にエラーがあるため、何も書き込んでいません。修正してもう一度取り込むか、エラーのない行だけを取り込んでください。</translation>
    </message>
    <message>
        <source>{user} changed this field in Kakehashi at {at}, after the file was exported; the file has “{file}”, Kakehashi has “{current}”. Correct the cell (or export the list again) and import once more.</source>
        <translation>ファイルの書き出し後、{at} に {user} さんが架け橋でこの項目を変更しました。ファイルは「{file}」、架け橋は「{current}」です。セルを直す（または一覧を書き出し直す）うえで、もう一度取り込んでください。</translation>
    </message>
    <message>
        <source>{value} is not a date Excel can show.</source>
        <translation>{value} は Excel で表せる日付ではありません。</translation>
    </message>
    <message>
        <source>“{file}” cannot be opened. Check that it exists and is not open in another program.</source>
        <translation>「{file}」を開けません。ファイルがあること、ほかのプログラムで開いていないことを確認してください。</translation>
    </message>
    <message>
        <source>“{file}” contains XML declarations that spreadsheets do not use; for safety it was not read.</source>
        <translation>「{file}」には表計算ファイルでは使われない XML の宣言が含まれているため、安全のため読み取りませんでした。</translation>
    </message>
    <message>
        <source>“{file}” has no sheet named “{sheet}”. Its sheets: {sheets}.</source>
        <translation>「{file}」に「{sheet}」という名前のシートはありません。シート：{sheets}</translation>
    </message>
    <message>
        <source>“{file}” has no sheet with data.</source>
        <translation>「{file}」にはデータのあるシートがありません。</translation>
    </message>
    <message>
        <source>“{file}” is damaged or incomplete and cannot be read.</source>
        <translation>「{file}」は壊れているか不完全なため、読み取れません。</translation>
    </message>
    <message>
        <source>“{file}” is empty.</source>
        <translation>「{file}」は空です。</translation>
    </message>
    <message>
        <source>“{file}” is not UTF-8 or Shift_JIS (CP932) text. Save it from Excel as “CSV UTF-8” and try again.</source>
        <translation>「{file}」は UTF-8 または Shift_JIS（CP932）のテキストではありません。Excel で「CSV UTF-8」として保存してから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>“{file}” is not a readable CSV file (row {row}).</source>
        <translation>「{file}」は読み取れる CSV ファイルではありません（{row} 行目）。</translation>
    </message>
    <message>
        <source>“{file}” is not a spreadsheet Kakehashi can read. Save it as an Excel workbook (.xlsx) or CSV and try again.</source>
        <translation>「{file}」は Kakehashi で読み取れる表計算ファイルではありません。Excel ブック（.xlsx）または CSV として保存してから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>“{file}” is protected with a password. Open it in Excel, remove the password and save it again.</source>
        <translation>「{file}」はパスワードで保護されています。Excel で開いてパスワードを解除し、保存し直してください。</translation>
    </message>
    <message>
        <source>“{file}” unpacks to far more data than a spreadsheet of its size holds; it was not read.</source>
        <translation>「{file}」は、このサイズの表計算ファイルとしては展開後のデータが大きすぎるため、読み取りませんでした。</translation>
    </message>
</context>
<context>
    <name>ImportFilePage</name>
    <message>
        <source>An Excel workbook (.xlsx, .xlsm, .xls), an OpenDocument sheet (.ods) or a CSV file. Nothing is written until you have seen every row.</source>
        <translation>Excel ブック（.xlsx、.xlsm、.xls）、OpenDocument のシート（.ods）または CSV ファイルです。すべての行を確認するまで何も書き込みません。</translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation>ファイルの選択</translation>
    </message>
    <message>
        <source>Choose the file to import</source>
        <translation>取り込むファイルを選択</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>選択…</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>ファイル：</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>ファイルが選ばれていません</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>{file} を読み込んでいます…</translation>
    </message>
    <message>
        <source>The file &amp;lists:</source>
        <translation>ファイルの内容(&amp;L)：</translation>
    </message>
    <message>
        <source>The file has {count} sheets: choose one next.</source>
        <translation>このファイルにはシートが {count} 枚あります。次の画面で選んでください。</translation>
    </message>
    <message>
        <source>or drop the file here</source>
        <translation>またはファイルをここにドロップしてください</translation>
    </message>
    <message>
        <source>{file}: {rows} rows under the headers in row {header} of the sheet “{sheet}”.</source>
        <translation>{file}：シート「{sheet}」の {header} 行目の見出しの下に {rows} 行あります。</translation>
    </message>
</context>
<context>
    <name>ImportMappingPage</name>
    <message>
        <source>Choose the field each column of the file goes into; columns set to “(not imported)” are left out.</source>
        <translation>ファイルの各列をどの項目に取り込むかを選んでください。「（取り込まない）」にした列は取り込みません。</translation>
    </message>
    <message>
        <source>Columns of the file</source>
        <translation>ファイルの列</translation>
    </message>
    <message>
        <source>Match automatically again</source>
        <translation>自動で対応付け直す</translation>
    </message>
    <message>
        <source>Match the columns</source>
        <translation>列の対応付け</translation>
    </message>
    <message>
        <source>Match the columns by their headers, forgetting the choices above</source>
        <translation>上の選択をやめ、見出しから列を対応付けます</translation>
    </message>
    <message>
        <source>Reading the sheet “{sheet}”…</source>
        <translation>シート「{sheet}」を読み込んでいます…</translation>
    </message>
    <message>
        <source>The columns are matched as you chose last time for a file with these headers.</source>
        <translation>同じ見出しのファイルで前回選んだとおりに列を対応付けました。</translation>
    </message>
    <message>
        <source>The columns were matched by their headers. Check them before going on.</source>
        <translation>見出しから列を対応付けました。先に進む前に確認してください。</translation>
    </message>
    <message>
        <source>{count} of {total} columns will be imported.</source>
        <translation>{total} 列のうち {count} 列を取り込みます。</translation>
    </message>
</context>
<context>
    <name>ImportPreviewPage</name>
    <message>
        <source>All</source>
        <translation>すべて</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>もう一度確認</translation>
    </message>
    <message>
        <source>Check the rows</source>
        <translation>行の確認</translation>
    </message>
    <message>
        <source>Checking every row against the database…</source>
        <translation>すべての行をデータベースと照合しています…</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>取り込む</translation>
    </message>
    <message>
        <source>Import the valid rows only</source>
        <translation>エラーのない行だけを取り込む</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新規</translation>
    </message>
    <message>
        <source>Nothing is written until you click Import.</source>
        <translation>「取り込む」を押すまで何も書き込みません。</translation>
    </message>
    <message>
        <source>Nothing to import: no row is new or changed.</source>
        <translation>取り込むものはありません。新規の行も変更された行もありません。</translation>
    </message>
    <message>
        <source>Row {row}: {record}</source>
        <translation>{row} 行目：{record}</translation>
    </message>
    <message>
        <source>Rows of the file</source>
        <translation>ファイルの行</translation>
    </message>
    <message>
        <source>Rows with errors stop the import. Correct them in the file and check it again (Back, then Next), or import the valid rows only.</source>
        <translation>エラーのある行があるため取り込めません。ファイルを修正してもう一度確認する（「戻る」のあと「次へ」）か、エラーのない行だけを取り込んでください。</translation>
    </message>
    <message>
        <source>Save errors as workbook…</source>
        <translation>エラーをブックに保存…</translation>
    </message>
    <message>
        <source>Save the rows with errors as</source>
        <translation>エラーのある行の保存先</translation>
    </message>
    <message>
        <source>Saving the rows with errors…</source>
        <translation>エラーのある行を保存しています…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>中止</translation>
    </message>
    <message>
        <source>Stopped. Nothing was written.</source>
        <translation>中止しました。何も書き込んでいません。</translation>
    </message>
    <message>
        <source>The rows with errors as they are in the file, with a column saying what is wrong</source>
        <translation>エラーのある行をファイルのまま保存し、何が問題かを示す列を加えます</translation>
    </message>
    <message>
        <source>The rows with errors were saved as {file}: correct them there and import that file.</source>
        <translation>エラーのある行を {file} に保存しました。そのファイルで修正して取り込んでください。</translation>
    </message>
    <message>
        <source>The rows with errors will be left out.</source>
        <translation>エラーのある行は取り込みません。</translation>
    </message>
    <message>
        <source>The selected row</source>
        <translation>選択した行</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>変更なし</translation>
    </message>
    <message>
        <source>Updates</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>What importing the file would do, row by row. Row numbers are those Excel shows.</source>
        <translation>取り込むと各行がどうなるかを示します。行番号は Excel に表示される番号です。</translation>
    </message>
    <message>
        <source>{name} ({count})</source>
        <translation>{name}（{count}）</translation>
    </message>
    <message>
        <source>{name}-errors</source>
        <translation>{name}-エラー</translation>
    </message>
    <message>
        <source>{rows} rows read from “{sheet}”: {new} new, {updated} to update, {unchanged} unchanged, {errors} with errors.</source>
        <translation>「{sheet}」から {rows} 行を読み込みました。新規 {new} 行、更新 {updated} 行、変更なし {unchanged} 行、エラー {errors} 行です。</translation>
    </message>
</context>
<context>
    <name>ImportRunPage</name>
    <message>
        <source>Import again</source>
        <translation>もう一度取り込む</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>取り込み中</translation>
    </message>
    <message>
        <source>Importing {file}…</source>
        <translation>{file} を取り込んでいます…</translation>
    </message>
    <message>
        <source>Nothing was written: {reason}</source>
        <translation>何も書き込んでいません：{reason}</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>中止</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>中止しています…</translation>
    </message>
    <message>
        <source>The import was stopped. Nothing was written.</source>
        <translation>取り込みを中止しました。何も書き込んでいません。</translation>
    </message>
    <message>
        <source>The rows are written in one go: if you stop, nothing is written.</source>
        <translation>すべての行をまとめて書き込みます。中止すると何も書き込みません。</translation>
    </message>
</context>
<context>
    <name>ImportSheetPage</name>
    <message>
        <source>Choose the sheet</source>
        <translation>シートの選択</translation>
    </message>
    <message>
        <source>Sheets</source>
        <translation>シート</translation>
    </message>
    <message>
        <source>The workbook has several sheets. Which one holds the list?</source>
        <translation>このブックにはシートが複数あります。一覧があるのはどのシートですか？</translation>
    </message>
    <message>
        <source>“{sheet}” looks most like a list of {list}.</source>
        <translation>「{sheet}」が{list}の一覧らしく見えます。</translation>
    </message>
</context>
<context>
    <name>ImportSummaryPage</name>
    <message>
        <source>A backup was taken first: {path}</source>
        <translation>取り込みの前にバックアップを作成しました：{path}</translation>
    </message>
    <message>
        <source>Import done</source>
        <translation>取り込み完了</translation>
    </message>
    <message>
        <source>New records: {count}</source>
        <translation>新しい記録：{count} 件</translation>
    </message>
    <message>
        <source>Remove the records this import added and put back what it changed</source>
        <translation>この取り込みで追加された記録を削除し、変更された内容を元に戻します</translation>
    </message>
    <message>
        <source>Rows with errors left out: {count}</source>
        <translation>取り込まなかったエラーのある行：{count} 行</translation>
    </message>
    <message>
        <source>Unchanged rows: {count}</source>
        <translation>変更のない行：{count} 行</translation>
    </message>
    <message>
        <source>Undo this import…</source>
        <translation>この取り込みを取り消す…</translation>
    </message>
    <message>
        <source>Updated records: {count}</source>
        <translation>更新した記録：{count} 件</translation>
    </message>
    <message>
        <source>Worth checking:</source>
        <translation>確認しておきたいこと：</translation>
    </message>
    <message>
        <source>{file} was imported into {list}.</source>
        <translation>{file} を{list}に取り込みました。</translation>
    </message>
    <message>
        <source>… and {count} more</source>
        <translation>…ほか {count} 件</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import a spreadsheet</source>
        <translation>表計算ファイルの取り込み</translation>
    </message>
</context>
<context>
    <name>InlineEditor</name>
    <message>
        <source>Save the changes to this record before closing?</source>
        <translation>閉じる前に、このレコードの変更を保存しますか？</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存の変更</translation>
    </message>
</context>
<context>
    <name>InlinePanel</name>
    <message>
        <source>Moves it to the trash; Edit → Undo puts it back.</source>
        <translation>ごみ箱に移動します。［編集］→［元に戻す］で戻せます。</translation>
    </message>
    <message>
        <source>Not removed</source>
        <translation>削除できませんでした</translation>
    </message>
</context>
<context>
    <name>InstanceGuard</name>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Database in use</source>
        <translation>データベースは使用中です</translation>
    </message>
    <message>
        <source>Open Read-Only</source>
        <translation>読み取り専用で開く</translation>
    </message>
    <message>
        <source>Use that window, or open the database here read-only to look things up.</source>
        <translation>そのウィンドウを使うか、ここで読み取り専用で開いて内容を確認してください。</translation>
    </message>
    <message>
        <source>{path} is already open in another Kakehashi window, which was brought to the front.</source>
        <translation>{path} は別の架け橋のウィンドウですでに開かれています。そのウィンドウを前面に表示しました。</translation>
    </message>
</context>
<context>
    <name>ItemEditor</name>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <source>Cannot move to the trash</source>
        <translation>ごみ箱に移動できませんでした</translation>
    </message>
    <message>
        <source>Choose the columns to show</source>
        <translation>表示する列を選びます</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>絞り込みを解除</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>デモデータ</translation>
    </message>
    <message>
        <source>Loading the demo data…</source>
        <translation>デモデータを読み込んでいます…</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>検索</translation>
    </message>
</context>
<context>
    <name>MainMenus</name>
    <message>
        <source>&amp;About Kakehashi</source>
        <translation>架け橋について(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Back Up Now…</source>
        <translation>今すぐバックアップ(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Close Window</source>
        <translation>ウィンドウを閉じる(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>削除(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>書き出し(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>検索(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>移動(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>取り込み(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>データベースを開く(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>環境設定(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Quick Open…</source>
        <translation>クイックオープン(&amp;Q)…</translation>
    </message>
    <message>
        <source>&amp;Quit Kakehashi</source>
        <translation>架け橋を終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Restore from a Backup…</source>
        <translation>バックアップから復元(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Undo Delete “{name}”</source>
        <translation>「{name}」の削除を取り消す(&amp;U)</translation>
    </message>
    <message>
        <source>Export Ca&amp;lendar…</source>
        <translation>カレンダーを書き出し(&amp;L)…</translation>
    </message>
    <message>
        <source>Export Te&amp;mplate…</source>
        <translation>記入用テンプレートを書き出し(&amp;M)…</translation>
    </message>
    <message>
        <source>New &amp;Agreement</source>
        <translation>新しい協定(&amp;A)</translation>
    </message>
    <message>
        <source>New &amp;Partner</source>
        <translation>新しい連携先(&amp;P)</translation>
    </message>
    <message>
        <source>New Ac&amp;tivity</source>
        <translation>新しい活動(&amp;T)</translation>
    </message>
    <message>
        <source>New Activity</source>
        <translation>新しい活動</translation>
    </message>
    <message>
        <source>New Agreement</source>
        <translation>新しい協定</translation>
    </message>
    <message>
        <source>New Partner</source>
        <translation>新しい連携先</translation>
    </message>
    <message>
        <source>Print Partner &amp;Sheet…</source>
        <translation>連携先シートを印刷(&amp;S)…</translation>
    </message>
    <message>
        <source>Quick Open</source>
        <translation>クイックオープン</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>(read-only)</source>
        <translation>（読み取り専用）</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>活動</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>協定</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>カレンダー</translation>
    </message>
    <message>
        <source>Cannot open the record</source>
        <translation>記録を開けません</translation>
    </message>
    <message>
        <source>Cannot print</source>
        <translation>印刷できません</translation>
    </message>
    <message>
        <source>Cannot undo</source>
        <translation>元に戻せません</translation>
    </message>
    <message>
        <source>Choose what the window shows; Ctrl+1 to Ctrl+7</source>
        <translation>ウィンドウに表示する内容を選びます（Ctrl+1～Ctrl+7）</translation>
    </message>
    <message>
        <source>Close the warning</source>
        <translation>警告を閉じる</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>ホーム</translation>
    </message>
    <message>
        <source>Import/Export</source>
        <translation>取り込み・書き出し</translation>
    </message>
    <message>
        <source>Kakehashi</source>
        <translation>架け橋</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>メインツールバー</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>ページ</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>連携先</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>セクション</translation>
    </message>
    <message>
        <source>Select or open a partner first.</source>
        <translation>連携先を選択するか開いてください。</translation>
    </message>
    <message>
        <source>This database is open read-only: you can look things up, but not change them.</source>
        <translation>このデータベースは読み取り専用で開かれています。内容の確認はできますが、変更はできません。</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>ごみ箱</translation>
    </message>
</context>
<context>
    <name>MappingModel</name>
    <message>
        <source>(empty)</source>
        <translation>（空欄）</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>（取り込まない）</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>ファイルの列</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>取り込み先の項目</translation>
    </message>
    <message>
        <source>Values in the file</source>
        <translation>ファイルの値</translation>
    </message>
    <message>
        <source>{letter}: (no header)</source>
        <translation>{letter}：（見出しなし）</translation>
    </message>
</context>
<context>
    <name>MembershipEditor</name>
    <message>
        <source>Fiscal years</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Japanese fiscal years run from April to March.</source>
        <translation>年度は4月から翌年3月までです。</translation>
    </message>
    <message>
        <source>Save membership</source>
        <translation>会員情報を保存</translation>
    </message>
    <message>
        <source>Type the fee in yen as a whole number, e.g. 100000.</source>
        <translation>会費は円単位の整数で入力してください（例：100000）。</translation>
    </message>
    <message>
        <source>Undo changes</source>
        <translation>変更を取り消す</translation>
    </message>
</context>
<context>
    <name>Memberships</name>
    <message>
        <source>FY{year}</source>
        <translation>{year}年度</translation>
    </message>
    <message>
        <source>{first} onwards</source>
        <translation>{first}から</translation>
    </message>
    <message>
        <source>{first} – {last}</source>
        <translation>{first}～{last}</translation>
    </message>
</context>
<context>
    <name>MembershipsPanel</name>
    <message>
        <source>Fiscal years</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Membership</source>
        <translation>会員情報</translation>
    </message>
    <message>
        <source>New membership</source>
        <translation>会員情報を追加</translation>
    </message>
    <message>
        <source>Not a member. Add a membership below and press “Save membership”.</source>
        <translation>会員ではありません。下に入力して「会員情報を保存」を押してください。</translation>
    </message>
    <message>
        <source>Remove membership</source>
        <translation>会員情報を削除</translation>
    </message>
    <message>
        <source>Save the partner first, then record its membership here.</source>
        <translation>先に組織を保存してから、ここで会員情報を登録してください。</translation>
    </message>
    <message>
        <source>{count} memberships, newest first.</source>
        <translation>会員情報 {count} 件（新しい順）</translation>
    </message>
</context>
<context>
    <name>Opening</name>
    <message>
        <source>All files (*)</source>
        <translation>すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>データベースを開けません</translation>
    </message>
    <message>
        <source>Choose Another File…</source>
        <translation>別のファイルを選ぶ…</translation>
    </message>
    <message>
        <source>Choose another database file, or quit and try again later.</source>
        <translation>別のデータベースファイルを選ぶか、終了して後でもう一度お試しください。</translation>
    </message>
    <message>
        <source>Kakehashi</source>
        <translation>架け橋</translation>
    </message>
    <message>
        <source>Kakehashi databases ({patterns})</source>
        <translation>架け橋のデータベース（{patterns}）</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>データベースを開く</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>終了</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <source>Add activity</source>
        <translation>活動を追加</translation>
    </message>
    <message>
        <source>Add agreement</source>
        <translation>協定を追加</translation>
    </message>
    <message>
        <source>Add contact</source>
        <translation>担当者を追加</translation>
    </message>
    <message>
        <source>Add membership</source>
        <translation>会員情報を追加</translation>
    </message>
    <message>
        <source>Add organisation</source>
        <translation>組織を追加</translation>
    </message>
    <message>
        <source>Add synthetic demo data</source>
        <translation>デモ用の合成データを追加</translation>
    </message>
    <message>
        <source>Attach document</source>
        <translation>文書を添付</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>変更</translation>
    </message>
    <message>
        <source>Delete activity</source>
        <translation>活動を削除</translation>
    </message>
    <message>
        <source>Delete agreement</source>
        <translation>協定を削除</translation>
    </message>
    <message>
        <source>Delete contact</source>
        <translation>担当者を削除</translation>
    </message>
    <message>
        <source>Delete for good</source>
        <translation>完全に削除</translation>
    </message>
    <message>
        <source>Delete membership</source>
        <translation>会員情報を削除</translation>
    </message>
    <message>
        <source>Delete organisation</source>
        <translation>組織を削除</translation>
    </message>
    <message>
        <source>Edit activity</source>
        <translation>活動を編集</translation>
    </message>
    <message>
        <source>Edit agreement</source>
        <translation>協定を編集</translation>
    </message>
    <message>
        <source>Edit contact</source>
        <translation>担当者を編集</translation>
    </message>
    <message>
        <source>Edit membership</source>
        <translation>会員情報を編集</translation>
    </message>
    <message>
        <source>Edit organisation</source>
        <translation>組織を編集</translation>
    </message>
    <message>
        <source>Empty the trash</source>
        <translation>ごみ箱を空にする</translation>
    </message>
    <message>
        <source>Import from a spreadsheet</source>
        <translation>表計算ファイルからの取り込み</translation>
    </message>
    <message>
        <source>Load demo data</source>
        <translation>デモデータを読み込み</translation>
    </message>
    <message>
        <source>Mark reminder done</source>
        <translation>リマインダーを完了にする</translation>
    </message>
    <message>
        <source>Rebuild the calendar</source>
        <translation>カレンダーを再構築</translation>
    </message>
    <message>
        <source>Remember the columns of an imported file</source>
        <translation>取り込んだファイルの列の対応を記憶</translation>
    </message>
    <message>
        <source>Remove document</source>
        <translation>添付文書を削除</translation>
    </message>
    <message>
        <source>Reopen reminder</source>
        <translation>リマインダーを未完了に戻す</translation>
    </message>
    <message>
        <source>Restore from the trash</source>
        <translation>ごみ箱から復元</translation>
    </message>
    <message>
        <source>Snooze reminder</source>
        <translation>リマインダーを延期</translation>
    </message>
    <message>
        <source>Undo an import</source>
        <translation>取り込みの取り消し</translation>
    </message>
</context>
<context>
    <name>OrganisationListPicker</name>
    <message>
        <source>Add: type part of a name (神奈川, かながわ, Kanagawa…)</source>
        <translation>追加：名前の一部を入力（神奈川、かながわ、Kanagawa…）</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Remove the selected organisations from the list</source>
        <translation>選択した組織を一覧から外します</translation>
    </message>
</context>
<context>
    <name>OrganisationPicker</name>
    <message>
        <source>Type part of a name: 神奈川, かながわ, Kanagawa…</source>
        <translation>名前の一部を入力：神奈川、かながわ、Kanagawa…</translation>
    </message>
</context>
<context>
    <name>PartnerActivities</name>
    <message>
        <source>No activities with this partner recorded yet.</source>
        <translation>この組織との活動はまだ記録されていません。</translation>
    </message>
    <message>
        <source>Save the partner first; its activities are listed here.</source>
        <translation>組織を保存すると、ここに活動が表示されます。</translation>
    </message>
    <message>
        <source>{count} activities, newest first. Double-click one to open it.</source>
        <translation>活動 {count} 件（新しい順）。ダブルクリックで開きます。</translation>
    </message>
</context>
<context>
    <name>PartnerAgreements</name>
    <message>
        <source>No agreements with this partner yet. Use “New agreement with this partner…” to record one.</source>
        <translation>この組織との協定はまだありません。「この組織との協定を追加…」で登録できます。</translation>
    </message>
    <message>
        <source>Save the partner first; its agreements are listed here.</source>
        <translation>組織を保存すると、ここに協定が表示されます。</translation>
    </message>
    <message>
        <source>{count} agreements, newest first. Double-click one to open it.</source>
        <translation>協定 {count} 件（新しい順）。ダブルクリックで開きます。</translation>
    </message>
</context>
<context>
    <name>PartnerForm</name>
    <message>
        <source>Activities</source>
        <translation>活動</translation>
    </message>
    <message>
        <source>Activities ({count})</source>
        <translation>活動（{count}）</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>協定</translation>
    </message>
    <message>
        <source>Agreements ({count})</source>
        <translation>協定（{count}）</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>担当者</translation>
    </message>
    <message>
        <source>Contacts ({count})</source>
        <translation>担当者（{count}）</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>基本情報</translation>
    </message>
    <message>
        <source>History</source>
        <translation>変更履歴</translation>
    </message>
    <message>
        <source>Last changed {date} {time}</source>
        <translation>最終更新：{date} {time}</translation>
    </message>
    <message>
        <source>Membership</source>
        <translation>会員情報</translation>
    </message>
    <message>
        <source>Membership ({count})</source>
        <translation>会員情報（{count}）</translation>
    </message>
    <message>
        <source>Move to the trash</source>
        <translation>ごみ箱に移動</translation>
    </message>
    <message>
        <source>Move to trash</source>
        <translation>ごみ箱に移動</translation>
    </message>
    <message>
        <source>Move “{name}” to the trash, with its contacts and memberships? You can restore it from the trash, or undo with Edit → Undo.</source>
        <translation>「{name}」を担当者・会員情報とともにごみ箱に移動しますか？ごみ箱から復元するか、［編集］→［元に戻す］で取り消せます。</translation>
    </message>
    <message>
        <source>Moves the partner, its contacts and memberships to the trash.</source>
        <translation>組織を担当者・会員情報とともにごみ箱に移動します。</translation>
    </message>
    <message>
        <source>New agreement with this partner…</source>
        <translation>この組織との協定を追加…</translation>
    </message>
    <message>
        <source>New partner</source>
        <translation>新しい組織</translation>
    </message>
    <message>
        <source>Not moved to the trash</source>
        <translation>ごみ箱に移動できませんでした</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>保存できませんでした</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF ファイル (*.pdf)</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>印刷…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>PDF として保存…</translation>
    </message>
    <message>
        <source>Save the partner sheet as PDF</source>
        <translation>組織シートを PDF として保存</translation>
    </message>
    <message>
        <source>The PDF could not be written: {reason}</source>
        <translation>PDF を書き込めませんでした：{reason}</translation>
    </message>
    <message>
        <source>The reading in katakana or hiragana; lists sort by it.</source>
        <translation>カタカナまたはひらがなの読みです。一覧はこの読みの順に並びます。</translation>
    </message>
    <message>
        <source>Two-letter country code: JP, US, GB …</source>
        <translation>2文字の国コードです：JP、US、GB など</translation>
    </message>
</context>
<context>
    <name>PartnerSheet</name>
    <message>
        <source>Agreements</source>
        <translation>協定</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>担当者</translation>
    </message>
    <message>
        <source>Fiscal years</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Membership</source>
        <translation>会員情報</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>No activities recorded.</source>
        <translation>活動は記録されていません。</translation>
    </message>
    <message>
        <source>No agreements recorded.</source>
        <translation>協定は登録されていません。</translation>
    </message>
    <message>
        <source>No contacts recorded.</source>
        <translation>担当者は登録されていません。</translation>
    </message>
    <message>
        <source>Not a member.</source>
        <translation>会員ではありません。</translation>
    </message>
    <message>
        <source>Printed on {date}</source>
        <translation>印刷日：{date}</translation>
    </message>
    <message>
        <source>Recent activities</source>
        <translation>最近の活動</translation>
    </message>
</context>
<context>
    <name>PartnersPage</name>
    <message>
        <source>1 partner</source>
        <translation>連携先 1 件</translation>
    </message>
    <message>
        <source>Add a partner</source>
        <translation>連携先を追加</translation>
    </message>
    <message>
        <source>All</source>
        <translation>すべて</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>すべての国</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>すべてのタグ</translation>
    </message>
    <message>
        <source>Members and partners</source>
        <translation>会員と連携先すべて</translation>
    </message>
    <message>
        <source>Members only</source>
        <translation>会員のみ</translation>
    </message>
    <message>
        <source>Membership or agreement</source>
        <translation>会員・協定の有無</translation>
    </message>
    <message>
        <source>No partners match these filters — clear the filters to see them all.</source>
        <translation>この条件に合う連携先はありません。絞り込みを解除するとすべて表示されます。</translation>
    </message>
    <message>
        <source>No partners yet — add one (Ctrl+N) or load the demo data.</source>
        <translation>連携先はまだありません。追加する（Ctrl+N）か、デモデータを読み込んでください。</translation>
    </message>
    <message>
        <source>Nothing matches “{text}” — clear the search or try another spelling.</source>
        <translation>「{text}」に一致するものはありません。検索を解除するか、別の表記でお試しください。</translation>
    </message>
    <message>
        <source>Search partners: Japanese, English or kana (Ctrl+F)</source>
        <translation>連携先を検索：日本語・英語・かな（Ctrl+F）</translation>
    </message>
    <message>
        <source>With an agreement</source>
        <translation>協定のある連携先</translation>
    </message>
    <message>
        <source>{count} partners</source>
        <translation>連携先 {count} 件</translation>
    </message>
    <message>
        <source>{count}+ partners</source>
        <translation>連携先 {count} 件以上</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source> days</source>
        <translation> 日</translation>
    </message>
    <message>
        <source>&amp;Activities, days before:</source>
        <translation>活動（何日前）(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Back Up Now…</source>
        <translation>今すぐバックアップ(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Dates:</source>
        <translation>日付(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Expiries, days before:</source>
        <translation>期限満了（何日前）(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>言語(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Membership ends, days before:</source>
        <translation>会員期間の終了（何日前）(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Open Another…</source>
        <translation>別のデータベースを開く(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Renewal decisions, days before:</source>
        <translation>更新の判断期限（何日前）(&amp;R)：</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>データベース</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>システムに合わせる</translation>
    </message>
    <message>
        <source>Japanese era ({example})</source>
        <translation>和暦（{example}）</translation>
    </message>
    <message>
        <source>Language and dates</source>
        <translation>言語と日付</translation>
    </message>
    <message>
        <source>No reminder</source>
        <translation>お知らせしない</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>環境設定</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>リマインダー</translation>
    </message>
    <message>
        <source>Res&amp;tore from a Backup…</source>
        <translation>バックアップから復元(&amp;T)…</translation>
    </message>
    <message>
        <source>Several lead times separated by commas, e.g. 90,30</source>
        <translation>複数の日数はコンマで区切ります（例：90,30）</translation>
    </message>
    <message>
        <source>Western calendar ({example})</source>
        <translation>西暦（{example}）</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <source>Action</source>
        <translation>処理</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>変更内容</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新規</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>記録</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>変更なし</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>更新</translation>
    </message>
</context>
<context>
    <name>QuickOpenDialog</name>
    <message>
        <source>Agreement</source>
        <translation>協定</translation>
    </message>
    <message>
        <source>Agreement with {parties}</source>
        <translation>協定（{parties}）</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>検索結果</translation>
    </message>
    <message>
        <source>Nothing matches “{text}”.</source>
        <translation>「{text}」に一致するものはありません。</translation>
    </message>
    <message>
        <source>Partner or agreement</source>
        <translation>連携先または協定</translation>
    </message>
    <message>
        <source>Partner or agreement…</source>
        <translation>連携先または協定…</translation>
    </message>
    <message>
        <source>Quick open</source>
        <translation>クイックオープン</translation>
    </message>
    <message>
        <source>Searching agreements…</source>
        <translation>協定を検索しています…</translation>
    </message>
    <message>
        <source>Type part of a name: kanji, kana or English. ↑↓ to choose, Enter to open.</source>
        <translation>名前の一部を漢字・かな・英語で入力してください。↑↓ で選び、Enter で開きます。</translation>
    </message>
    <message>
        <source>{partners} partners, {agreements} agreements — Enter opens the one chosen.</source>
        <translation>連携先 {partners} 件、協定 {agreements} 件。Enter で選んだものを開きます。</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>保存できませんでした</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Save the changes to this record before closing?</source>
        <translation>閉じる前に、このレコードの変更を保存しますか？</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>保存していない変更</translation>
    </message>
</context>
<context>
    <name>Records</name>
    <message>
        <source>activity</source>
        <translation>活動</translation>
    </message>
    <message>
        <source>agreement</source>
        <translation>協定</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>担当者</translation>
    </message>
    <message>
        <source>document</source>
        <translation>文書</translation>
    </message>
    <message>
        <source>membership</source>
        <translation>会員情報</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>組織</translation>
    </message>
    <message>
        <source>partner</source>
        <translation>パートナー</translation>
    </message>
    <message>
        <source>scope item</source>
        <translation>連携・協力事項</translation>
    </message>
    <message>
        <source>signatory</source>
        <translation>署名者</translation>
    </message>
    <message>
        <source>tag</source>
        <translation>タグ</translation>
    </message>
</context>
<context>
    <name>RemindersTray</name>
    <message>
        <source>Kakehashi</source>
        <translation>架け橋</translation>
    </message>
    <message>
        <source>Kakehashi: 1 reminder is due</source>
        <translation>架け橋：期日が近い項目が 1 件あります</translation>
    </message>
    <message>
        <source>Kakehashi: {count} reminders are due</source>
        <translation>架け橋：期日が近い項目が {count} 件あります</translation>
    </message>
    <message>
        <source>and {count} more on Home</source>
        <translation>ほか {count} 件はホーム画面でご確認ください</translation>
    </message>
    <message>
        <source>{who}: {kind} ({when}) – {title}</source>
        <translation>{who}：{kind}（{when}）– {title}</translation>
    </message>
</context>
<context>
    <name>RenewalChainView</name>
    <message>
        <source>Original</source>
        <translation>当初の協定</translation>
    </message>
    <message>
        <source>Renewals and amendments</source>
        <translation>更新・変更の経緯</translation>
    </message>
    <message>
        <source>This agreement has no earlier or later versions. “Renew…” starts the next one, with its dates following on from this one.</source>
        <translation>この協定には前後の協定がありません。「更新…」で、この協定に続く日付の次の協定を作成できます。</translation>
    </message>
    <message>
        <source>[in the trash]</source>
        <translation>［ごみ箱］</translation>
    </message>
    <message>
        <source>{role}: {title} ({period}, {status})</source>
        <translation>{role}：{title}（{period}、{status}）</translation>
    </message>
    <message>
        <source>{start} – {end}</source>
        <translation>{start}～{end}</translation>
    </message>
</context>
<context>
    <name>ScopeEditor</name>
    <message>
        <source>Add item</source>
        <translation>項目を追加</translation>
    </message>
    <message>
        <source>No scope items. Add what the partners agreed to work on, one item per line.</source>
        <translation>連携内容はありません。合意した連携事項を 1 行に 1 項目ずつ追加してください。</translation>
    </message>
</context>
<context>
    <name>ScopeItemEditor</name>
    <message>
        <source>Remove this item</source>
        <translation>この項目を削除します</translation>
    </message>
    <message>
        <source>Scope item {number}: {field}</source>
        <translation>連携内容 {number}：{field}</translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <source>A database made by an older version is backed up and updated first.</source>
        <translation>以前のバージョンで作成されたデータベースは、先にバックアップしてから更新します。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Opening {path}…</source>
        <translation>{path} を開いています…</translation>
    </message>
</context>
<context>
    <name>SignatoriesEditor</name>
    <message>
        <source>Add signatory</source>
        <translation>署名者を追加</translation>
    </message>
    <message>
        <source>No signatories yet. Add the people who signed, on both sides.</source>
        <translation>署名者はまだいません。双方の署名者を追加してください。</translation>
    </message>
</context>
<context>
    <name>SignatoryEditor</name>
    <message>
        <source>Remove this signatory</source>
        <translation>この署名者を削除します</translation>
    </message>
    <message>
        <source>Signatory {number}</source>
        <translation>署名者 {number}</translation>
    </message>
</context>
<context>
    <name>SnoozeUntilDialog</name>
    <message>
        <source>Choose a day after today.</source>
        <translation>明日以降の日付を指定してください。</translation>
    </message>
    <message>
        <source>Snooze Until</source>
        <translation>延期する期間</translation>
    </message>
    <message>
        <source>The reminder is due again on this day:</source>
        <translation>この日に再度お知らせします：</translation>
    </message>
</context>
<context>
    <name>TagsEdit</name>
    <message>
        <source>Separate tags with commas</source>
        <translation>タグはカンマ（、）で区切ってください</translation>
    </message>
    <message>
        <source>Tags in use: {tags}</source>
        <translation>使用中のタグ：{tags}</translation>
    </message>
</context>
<context>
    <name>TermsEditor</name>
    <message>
        <source>A date above cannot be read; correct it to see the expiry.</source>
        <translation>上の日付を認識できません。修正すると有効期限が表示されます。</translation>
    </message>
    <message>
        <source>The expiry is worked out from the effective date (or a signing date known to the day) and the term, or taken as written.</source>
        <translation>有効期限は、発効日（または日まで分かっている締結日）と有効期間から計算します。記載どおりの有効期限があればそれを使います。</translation>
    </message>
    <message>
        <source>Worked out from the dates and the term as you type; a term ends the day before its anniversary.</source>
        <translation>入力に合わせて日付と有効期間から計算しています。有効期間は応当日の前日に満了します。</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>A term runs from an agreement&apos;s effective date (or its signing) to its expiry. Choose another year, or give the agreements their dates.</source>
        <translation>期間は協定の発効日（または締結日）から満了日までです。別の年を選ぶか、協定に日付を入力してください。</translation>
    </message>
    <message>
        <source>Bars run from an agreement&apos;s start to its expiry, coloured by status; later automatic terms are hatched. Double-click a bar to open its agreement.</source>
        <translation>バーは協定の開始から満了までを状態別の色で示し、自動更新後の期間は斜線で示します。バーをダブルクリックすると、その協定を開きます。</translation>
    </message>
    <message>
        <source>Later automatic term</source>
        <translation>自動更新後の期間</translation>
    </message>
    <message>
        <source>No agreement has a term in {year}</source>
        <translation>{year}年に期間のある協定はありません</translation>
    </message>
    <message>
        <source>Partnerships with a term in {year}: {count}</source>
        <translation>{year}年に期間のある連携：{count}件</translation>
    </message>
    <message>
        <source>Reading the agreements&apos; terms…</source>
        <translation>協定の期間を読み込んでいます…</translation>
    </message>
    <message>
        <source>The filters leave some partnerships out. Clear them, or choose another year.</source>
        <translation>絞り込みにより一部の連携が表示されていません。絞り込みを解除するか、別の年を選んでください。</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>年間タイムライン</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今日</translation>
    </message>
</context>
<context>
    <name>TrashModel</name>
    <message>
        <source>Deleted by</source>
        <translation>削除した人</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>{name} (of {organisation})</source>
        <translation>{name}（{organisation}）</translation>
    </message>
</context>
<context>
    <name>TrashPage</name>
    <message>
        <source>1 record</source>
        <translation>1 件</translation>
    </message>
    <message>
        <source>Delete all {count} records in the trash for good? This cannot be undone.</source>
        <translation>ごみ箱の {count} 件をすべて完全に削除しますか？この操作は元に戻せません。</translation>
    </message>
    <message>
        <source>Delete for good</source>
        <translation>完全に削除</translation>
    </message>
    <message>
        <source>Delete for good…</source>
        <translation>完全に削除…</translation>
    </message>
    <message>
        <source>Delete the {count} selected records for good? This cannot be undone.</source>
        <translation>選択した {count} 件を完全に削除しますか？この操作は元に戻せません。</translation>
    </message>
    <message>
        <source>Delete “{name}” for good? This cannot be undone.</source>
        <translation>「{name}」を完全に削除しますか？この操作は元に戻せません。</translation>
    </message>
    <message>
        <source>Deleted partners, agreements, contacts, memberships and activities wait here until you restore them or delete them for good.</source>
        <translation>削除した組織、協定、担当者、会員情報、活動は、復元するか完全に削除するまでここに保管されます。</translation>
    </message>
    <message>
        <source>Deleted {count} record(s) for good.</source>
        <translation>{count} 件を完全に削除しました。</translation>
    </message>
    <message>
        <source>Deleted {count} record(s) for good. These stay in the trash:</source>
        <translation>{count} 件を完全に削除しました。次のものはごみ箱に残っています：</translation>
    </message>
    <message>
        <source>Empty the trash</source>
        <translation>ごみ箱を空にする</translation>
    </message>
    <message>
        <source>Empty the trash…</source>
        <translation>ごみ箱を空にする…</translation>
    </message>
    <message>
        <source>Put the selected records back where they were</source>
        <translation>選択したものを元の場所に戻します</translation>
    </message>
    <message>
        <source>Remove the selected records for good (their history stays)</source>
        <translation>選択したものを完全に削除します（変更履歴は残ります）</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>復元</translation>
    </message>
    <message>
        <source>Restored {count} record(s).</source>
        <translation>{count} 件を復元しました。</translation>
    </message>
    <message>
        <source>The trash is empty</source>
        <translation>ごみ箱は空です</translation>
    </message>
    <message>
        <source>The trash was emptied: {count} record(s) deleted for good.</source>
        <translation>ごみ箱を空にしました（{count} 件を完全に削除しました）。</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>ごみ箱</translation>
    </message>
    <message>
        <source>{count} records</source>
        <translation>{count} 件</translation>
    </message>
    <message>
        <source>{name}: {reason}</source>
        <translation>{name}：{reason}</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>&apos;{value}&apos; is not a two-letter country code such as JP or US.</source>
        <translation>「{value}」は国コードではありません。JP や US のような2文字のコードを入力してください。</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a valid e-mail address.</source>
        <translation>「{value}」は有効なメールアドレスではありません。</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a web address (it should start with http:// or https://).</source>
        <translation>「{value}」は Web アドレスではありません（http:// または https:// で始めてください）。</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not one of the allowed values: {allowed}.</source>
        <translation>「{value}」は指定できません。次のいずれかを指定してください：{allowed}</translation>
    </message>
    <message>
        <source>An agreement cannot follow itself or one of its own renewals.</source>
        <translation>協定の更新元に、その協定自身またはその更新後の協定は指定できません。</translation>
    </message>
    <message>
        <source>An agreement that renews itself needs a term or a renewal term.</source>
        <translation>自動更新する協定には、有効期間または更新期間を指定してください。</translation>
    </message>
    <message>
        <source>At most {limit} characters are allowed.</source>
        <translation>{limit} 文字以内で入力してください。</translation>
    </message>
    <message>
        <source>Give a Japanese or an English name.</source>
        <translation>日本語名または英語名を入力してください。</translation>
    </message>
    <message>
        <source>Give a family name or an English name.</source>
        <translation>姓または英語名を入力してください。</translation>
    </message>
    <message>
        <source>Link the activity to an agreement or at least one organisation.</source>
        <translation>活動を協定または1つ以上の組織に関連付けてください。</translation>
    </message>
    <message>
        <source>Name at least one partner organisation.</source>
        <translation>連携先の組織を1つ以上指定してください。</translation>
    </message>
    <message>
        <source>The agreement “{title}” is in the trash; restore it before naming it as the previous one.</source>
        <translation>協定「{title}」はごみ箱にあります。前の協定に指定する前に復元してください。</translation>
    </message>
    <message>
        <source>The end date {end} is before the start date {start}.</source>
        <translation>終了日 {end} が開始日 {start} より前になっています。</translation>
    </message>
    <message>
        <source>The expiry {end} is before the start of the term {start}.</source>
        <translation>有効期限 {end} が期間の開始日 {start} より前になっています。</translation>
    </message>
    <message>
        <source>The value must not be negative.</source>
        <translation>負の値は入力できません。</translation>
    </message>
    <message>
        <source>There is no agreement with id {id}.</source>
        <translation>協定（ID {id}）は存在しません。</translation>
    </message>
    <message>
        <source>There is no organisation with id {id}.</source>
        <translation>組織（ID {id}）は存在しません。</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>必須項目です。</translation>
    </message>
    <message>
        <source>{field}: {message}</source>
        <translation>{field}：{message}</translation>
    </message>
    <message>
        <source>{name} is in the trash; restore it before naming it as a partner.</source>
        <translation>{name}はごみ箱にあります。パートナーに指定する前に復元してください。</translation>
    </message>
</context>
<context>
    <name>Values</name>
    <message>
        <source>Activity</source>
        <translation>活動</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>Amendment</source>
        <translation>変更</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>変更</translation>
    </message>
    <message>
        <source>Co-hosted event</source>
        <translation>共催イベント</translation>
    </message>
    <message>
        <source>Collaboration agreement</source>
        <translation>連携協定</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>企業</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日まで</translation>
    </message>
    <message>
        <source>Deleted for good</source>
        <translation>完全に削除</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>草案</translation>
    </message>
    <message>
        <source>End of membership</source>
        <translation>会員期間の終了</translation>
    </message>
    <message>
        <source>Exchange of materials</source>
        <translation>資料・情報の交換</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>期間満了</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>期間満了日</translation>
    </message>
    <message>
        <source>Foundation</source>
        <translation>財団</translation>
    </message>
    <message>
        <source>Hospital</source>
        <translation>病院</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>有効</translation>
    </message>
    <message>
        <source>Industry association</source>
        <translation>業界団体</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>会議</translation>
    </message>
    <message>
        <source>Membership agreement</source>
        <translation>会員契約</translation>
    </message>
    <message>
        <source>Memorandum of understanding (MOU)</source>
        <translation>覚書（MOU）</translation>
    </message>
    <message>
        <source>Month only</source>
        <translation>月まで</translation>
    </message>
    <message>
        <source>Moved to the trash</source>
        <translation>ごみ箱へ移動</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>市区町村</translation>
    </message>
    <message>
        <source>Negotiating</source>
        <translation>交渉中</translation>
    </message>
    <message>
        <source>No</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>Non-disclosure agreement</source>
        <translation>秘密保持契約</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>その他</translation>
    </message>
    <message>
        <source>Our side</source>
        <translation>当方</translation>
    </message>
    <message>
        <source>Partner&apos;s side</source>
        <translation>相手方</translation>
    </message>
    <message>
        <source>Prefecture</source>
        <translation>都道府県</translation>
    </message>
    <message>
        <source>Regular member</source>
        <translation>正会員</translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Renewal decision deadline</source>
        <translation>更新判断期限</translation>
    </message>
    <message>
        <source>Renewed</source>
        <translation>更新済み</translation>
    </message>
    <message>
        <source>Research institute</source>
        <translation>研究機関</translation>
    </message>
    <message>
        <source>Research park</source>
        <translation>リサーチパーク</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>復元</translation>
    </message>
    <message>
        <source>Signing</source>
        <translation>締結</translation>
    </message>
    <message>
        <source>Special member</source>
        <translation>特別会員</translation>
    </message>
    <message>
        <source>Sponsorship</source>
        <translation>協賛</translation>
    </message>
    <message>
        <source>Supporting member</source>
        <translation>賛助会員</translation>
    </message>
    <message>
        <source>Takes effect</source>
        <translation>発効</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>解約</translation>
    </message>
    <message>
        <source>University</source>
        <translation>大学</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>訪問</translation>
    </message>
    <message>
        <source>Year only</source>
        <translation>年まで</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>はい</translation>
    </message>
</context>
<context>
    <name>Warnings</name>
    <message>
        <source>{path} is in a folder synchronised by {service}. Synchronisation can damage an open database: keep it outside synchronised folders.</source>
        <translation>{path} は {service} で同期されるフォルダーにあります。同期によって使用中のデータベースが破損するおそれがあります。同期されないフォルダーに置いてください。</translation>
    </message>
    <message>
        <source>{path} is on a network drive. SQLite is not safe there: keep the database on this computer&apos;s own disk and share it through backups or exports.</source>
        <translation>{path} はネットワークドライブ上にあります。ネットワークドライブでは SQLite を安全に使用できません。データベースはこのコンピューターのディスクに置き、共有にはバックアップまたはエクスポートを使用してください。</translation>
    </message>
    <message>
        <source>{path} is read-only; changes cannot be saved.</source>
        <translation>{path} は読み取り専用です。変更は保存できません。</translation>
    </message>
</context>
<context>
    <name>Welcome</name>
    <message>
        <source>Add a first partner…</source>
        <translation>最初の連携先を追加…</translation>
    </message>
    <message>
        <source>Kakehashi keeps your partner organisations, the agreements you sign with them, their contacts, memberships and activities, and tells you here when a renewal decision or an expiry comes up. This database is still empty.</source>
        <translation>架け橋は、連携先の組織、締結した協定、担当者、会員情報、活動を記録し、更新の判断期限や期限満了が近づくとこの画面でお知らせします。このデータベースにはまだ何も登録されていません。</translation>
    </message>
    <message>
        <source>Load the demo data</source>
        <translation>デモデータを読み込む</translation>
    </message>
    <message>
        <source>The demo data are a few partners, their agreements and a membership, to look around with; you can delete them at any time.</source>
        <translation>デモデータは、操作を試すためのいくつかの連携先とその協定、会員情報です。いつでも削除できます。</translation>
    </message>
    <message>
        <source>Welcome to Kakehashi</source>
        <translation>架け橋へようこそ</translation>
    </message>
</context>
<context>
    <name>_ExportButton</name>
    <message>
        <source>Export selected…</source>
        <translation>選択した行を書き出し…</translation>
    </message>
    <message>
        <source>Write the selected rows to an Excel or CSV file (select several with Ctrl or Shift)</source>
        <translation>選択した行を Excel または CSV ファイルに書き出します（Ctrl または Shift で複数選択できます）</translation>
    </message>
</context>
</TS>

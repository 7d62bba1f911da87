<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP" sourcelanguage="en">
<context>
    <name>CommandLine</name>
    <message>
        <source>%(prog)s: error: %(message)s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;trash {action}&apos; takes a kind and an id, e.g. &apos;trash {action} organisation 3&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not an id (a whole number from 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>({shown} of {total}; use --limit and --offset for more)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>({total})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished">、</translation>
    </message>
    <message>
        <source>Added synthetic data: {counts}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up {location} to {path} ({size} bytes, checked).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: {location}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates may be typed as {examples}. Exit codes: 0 success, 1 invalid data or a failed check, 2 a usage error or a database or file that cannot be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted the {record} with id {id} for good.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From {first} to {last}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interrupted; a change under way was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Japanese, English or kana; every word must match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal: {mode}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kakehashi (架け橋): partner organisations, agreements and activities of a life-science network office, on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loaded the demo data: {counts}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name or title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recorded changes of the {record} with id {id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has been changed in this database yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK: no problems found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation type="unfinished">組織</translation>
    </message>
    <message>
        <source>PROBLEM: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records ({record}): {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored {location} from {source}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema: {revision} (this program: {head})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size (bytes)</source>
        <translation type="unfinished">サイズ（バイト）</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The argument {text} holds bytes that are not UTF-8 text; type it again as UTF-8 text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database as it was before is kept in {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database {location} is empty; &apos;kakehashi demo&apos; loads the demo data into it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no backups of {location} yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Took the {record} with id {id} out of the trash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What falls due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add N synthetic organisations with their contacts, agreements and activities (at most {limit}); an empty database gets the demo data first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>can&apos;t open &apos;%(filename)s&apos;: %(error)s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check the database&apos;s integrity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>commands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>count from this date instead of today (e.g. {examples})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>database file or SQLAlchemy URL (default: ${variable} if set, else {path})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected %s argument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected %s arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fill an empty database with the demo data of the press release; with --size, add synthetic organisations for trying things at scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>history takes a kind and an id, e.g. &apos;history agreement 14&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>how many days ahead to look (default: 30)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kakehashi: error: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kakehashi: warning: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>language of the output: ja (Japanese) or en (English); default: the system&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list agreements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list contact persons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list memberships of the network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list the backups of the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list what is in the trash instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list what is in the trash; &apos;trash restore KIND ID&apos; takes a record back out, &apos;trash purge KIND ID&apos; deletes it for good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only activities on or after this date (e.g. {examples})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only activities on or before this date (e.g. {examples})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only activities under this agreement (its id)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only activities with this organisation (its id)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only agreements with this organisation (its id)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only agreements with this status; repeatable: {values}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only memberships running today, or on DATE (e.g. {examples})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only organisations with this tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only this country: its two-letter code, e.g. JP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only this kind; repeatable: {values}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only this organisation&apos;s contacts (its id)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only this organisation&apos;s memberships (its id)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only this tier: {values}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>organisation, contact, membership, agreement or activity, and its id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partner: a party to an agreement; member: a membership running today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print JSON for scripts: the same keys in every language, ISO dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print the program&apos;s version and exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>random seed of the synthetic data; the same seed gives the same data (default: 0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replace the database with a backup (the current state is backed up first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restore or purge; without it, the trash is listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>say what to do with the record: &apos;trash restore {kind} {id}&apos; or &apos;trash purge {kind} {id}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show at most N of the latest changes (default: 50)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show at most N rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skip the first N rows (default: 0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>take a checked backup of the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the backup file to restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the day the statuses are worked out for (default: today; e.g. {examples})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the kind of record: {kinds}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the latest changes, or every change of one record (e.g. history organisation 14)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the record&apos;s id, as the list shows it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected error in &apos;{command}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected error in &apos;{command}&apos;; the details are in {log}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what falls due: renewal decision deadlines, expiries, membership ends, activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write the backup to this file instead of the backups folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} agreements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} membership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} memberships</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{first} and {days} days after it run past {last}, the last day that can be counted; ask for fewer days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is negative; give 0 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is too large; the most allowed is {limit}.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{era} ended in {end_year}; there is no year {era_year} of {era}</source>
        <translation type="unfinished"></translation>
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
        <source>Kakehashi may not write {path} or its folder; nothing was saved. Check the file&apos;s permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the organisation {label} first; this record belongs to it.</source>
        <translation>先に組織 {label} を復元してください。このデータはその組織に属しています。</translation>
    </message>
    <message>
        <source>Someone else saved the {record} “{label}” at the same moment; nothing was saved. Open it again, then repeat your changes.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk holding {path} is full; nothing was saved. Free some space and try again.</source>
        <translation type="unfinished"></translation>
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
        <source>The {record} “{label}” was saved without saying which version it was edited from; nothing was saved. Open it again, then repeat your changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no Kakehashi database at {path}.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{location} was written by a newer version of Kakehashi (schema {revision}). Install the newer version to open it; the file was not changed.</source>
        <translation>{location} は新しいバージョンの Kakehashi で作成されています（スキーマ {revision}）。開くには新しいバージョンをインストールしてください。ファイルは変更していません。</translation>
    </message>
    <message>
        <source>{path} changed while it was being copied; try again.</source>
        <translation>{path} はコピー中に変更されました。もう一度お試しください。</translation>
    </message>
    <message>
        <source>{path} is busy with another person&apos;s save. Nothing was lost, but this change was not saved yet: try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is damaged ({detail}). Nothing was changed; run &apos;kakehashi check&apos; to see the damage, or restore the newest backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is damaged and cannot be used: {detail}</source>
        <translation>{path} は破損しているため使用できません：{detail}</translation>
    </message>
    <message>
        <source>{path} is not a Kakehashi database (it is not a SQLite file).</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is the database itself, not a backup of it; nothing was restored.</source>
        <translation>{path} はデータベースそのものでバックアップではありません。復元は行っていません。</translation>
    </message>
    <message>
        <source>{path} stayed busy with other people&apos;s saves for {seconds} seconds, so it was not restored; nothing was changed. Close Kakehashi on the other computers and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} was written by a newer version of Kakehashi (schema {revision}); it was not restored.</source>
        <translation>{path} は新しいバージョンの Kakehashi で作成されています（スキーマ {revision}）。復元は行っていません。</translation>
    </message>
    <message>
        <source>{user} changed the {record} “{label}” at {at}, after you opened it; nothing was saved. Open it again to see the changes, then repeat yours.</source>
        <translation type="unfinished"></translation>
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
        <source>Follows agreement</source>
        <translation>更新・変更前の協定</translation>
    </message>
    <message>
        <source>Follows it as</source>
        <translation>前の協定との関係</translation>
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
        <source>Reading (kana)</source>
        <translation>読み仮名</translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load demo data</source>
        <translation>デモデータを読み込み</translation>
    </message>
    <message>
        <source>Remove document</source>
        <translation>添付文書を削除</translation>
    </message>
    <message>
        <source>Restore from the trash</source>
        <translation>ごみ箱から復元</translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>

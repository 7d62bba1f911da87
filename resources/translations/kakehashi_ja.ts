<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP" sourcelanguage="en">
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
        <source>Restore the organisation {label} first; this record belongs to it.</source>
        <translation>先に組織 {label} を復元してください。このデータはその組織に属しています。</translation>
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
        <source>The stored copy of {name} is missing or damaged ({path}).</source>
        <translation>保存されている {name} のコピーが見つからないか、破損しています（{path}）。</translation>
    </message>
    <message>
        <source>The {record} with id {id} is in the trash; restore it first.</source>
        <translation>{record}（ID {id}）はごみ箱にあります。先に復元してください。</translation>
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
        <source>{location} was written by a newer version of Kakehashi (schema {revision}). Install the newer version to open it; the file was not changed.</source>
        <translation>{location} は新しいバージョンの Kakehashi で作成されています（スキーマ {revision}）。開くには新しいバージョンをインストールしてください。ファイルは変更していません。</translation>
    </message>
    <message>
        <source>{path} changed while it was being copied; try again.</source>
        <translation>{path} はコピー中に変更されました。もう一度お試しください。</translation>
    </message>
    <message>
        <source>{path} is damaged and cannot be used: {detail}</source>
        <translation>{path} は破損しているため使用できません：{detail}</translation>
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
        <source>{path} is the database itself, not a backup of it; nothing was restored.</source>
        <translation>{path} はデータベースそのものでバックアップではありません。復元は行っていません。</translation>
    </message>
    <message>
        <source>{path} was written by a newer version of Kakehashi (schema {revision}); it was not restored.</source>
        <translation>{path} は新しいバージョンの Kakehashi で作成されています（スキーマ {revision}）。復元は行っていません。</translation>
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
</context>
</TS>

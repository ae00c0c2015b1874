<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About %1</source>
        <translation>%1 について</translation>
    </message>
    <message>
        <source>Application icon</source>
        <translation>アプリケーションのアイコン</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>バージョン %1</translation>
    </message>
    <message>
        <source>Manage the people of a TestOps organization: invite, revoke, remove, change roles, export.</source>
        <translation>TestOps 組織のメンバーを管理します: 招待、取り消し、削除、ロールの変更、エクスポート。</translation>
    </message>
    <message>
        <source>Built with Qt %1, running on Qt %2</source>
        <translation>Qt %1 でビルド、Qt %2 で実行中</translation>
    </message>
    <message>
        <source>Copyright © 2026 The TestOps User Management developers. Released under the %1 License.</source>
        <translation>Copyright © 2026 The TestOps User Management developers. %1 ライセンスの下で公開されています。</translation>
    </message>
    <message>
        <source>Homepage</source>
        <translation>ホームページ</translation>
    </message>
    <message>
        <source>Report a problem</source>
        <translation>問題を報告</translation>
    </message>
    <message>
        <source>About Qt</source>
        <translation>Qt について</translation>
    </message>
</context>
<context>
    <name>ActionRules</name>
    <message>
        <source>Ownership goes to exactly one member: check only that member.</source>
        <translation>所有権は 1 人のメンバーにだけ譲渡できます。そのメンバーだけをチェックしてください。</translation>
    </message>
    <message>
        <source>1 checked record is left out: %1</source>
        <translation>チェックしたレコード 1 件は対象外です: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln checked records are left out: %1</source>
        <translation>
            <numerusform>チェックしたレコード %Ln 件は対象外です: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>You cannot give this role.</source>
        <translation>このロールを付与することはできません。</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>Local organization</source>
        <translation>ローカル組織</translation>
    </message>
    <message>
        <source>The local organization could not start</source>
        <translation>ローカル組織を開始できませんでした</translation>
    </message>
    <message>
        <source>Starting the local organization…</source>
        <translation>ローカル組織を開始しています…</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>接続しています…</translation>
    </message>
    <message>
        <source>Enter the API token for %1.</source>
        <translation>%1 の API トークンを入力してください。</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>未接続</translation>
    </message>
    <message>
        <source>Choose the local organization or a server.</source>
        <translation>ローカル組織またはサーバーを選択してください。</translation>
    </message>
</context>
<context>
    <name>BulkActionDialog</name>
    <message>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>進行状況</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
</context>
<context>
    <name>BulkActionRunner</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Revoke Invitation</source>
        <translation>招待を取り消す</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>取り消す</translation>
    </message>
    <message>
        <source>Revoked; the link no longer works</source>
        <translation>取り消し済み。リンクは無効になりました</translation>
    </message>
    <message>
        <source>Already revoked</source>
        <translation>すでに取り消されています</translation>
    </message>
    <message>
        <source>Already accepted — now an active member</source>
        <translation>すでに承諾済み — 現在はアクティブなメンバーです</translation>
    </message>
    <message>
        <source>Not found — it no longer exists on the server</source>
        <translation>見つかりません — サーバー上にもう存在しません</translation>
    </message>
    <message>
        <source>Resend</source>
        <translation>再送信</translation>
    </message>
    <message>
        <source>New link sent; it expires %1</source>
        <translation>新しいリンクを送信しました。有効期限: %1</translation>
    </message>
    <message>
        <source>Revoked meanwhile</source>
        <translation>その間に取り消されました</translation>
    </message>
    <message>
        <source>Sending a new link to %1…</source>
        <translation>%1 に新しいリンクを送信しています…</translation>
    </message>
    <message>
        <source>Activation link for %1 copied</source>
        <translation>%1 のアクティベーションリンクをコピーしました</translation>
    </message>
    <message>
        <source>Remove Users</source>
        <translation>ユーザーを削除</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Removed; 1 machine released</source>
        <translation>削除しました。マシン 1 台を解放しました</translation>
    </message>
    <message>
        <source>; licenses freed: %1</source>
        <translation>。解放されたライセンス: %1</translation>
    </message>
    <message>
        <source>Already removed</source>
        <translation>すでに削除されています</translation>
    </message>
    <message>
        <source>Change User Role</source>
        <translation>ユーザーのロールを変更</translation>
    </message>
    <message>
        <source>Change Role</source>
        <translation>ロールを変更</translation>
    </message>
    <message>
        <source>Transfer Ownership</source>
        <translation>所有権を譲渡</translation>
    </message>
    <message>
        <source>Now the Owner; you are now Admin</source>
        <translation>オーナーになりました。あなたは管理者になりました</translation>
    </message>
    <message>
        <source>Now %1</source>
        <translation>%1 になりました</translation>
    </message>
    <message>
        <source>Already %1</source>
        <translation>すでに %1 です</translation>
    </message>
    <message>
        <source>%1
Your choices and the checks are kept; press %2 to try again.</source>
        <translation>%1
選択内容とチェックは保持されています。もう一度試すには %2 を押してください。</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 に失敗しました: %2</translation>
    </message>
    <message>
        <source>%1

The invitations stay checked; press %2 to try again.</source>
        <translation>%1

招待はチェックされたままです。もう一度試すには %2 を押してください。</translation>
    </message>
    <message>
        <source>%1… %2 of %3</source>
        <translation>%1… %2 / %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Sending %Ln new links…</source>
        <translation>
            <numerusform>%Ln 件の新しいリンクを送信しています…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Activation links for %Ln invitations copied, one per line</source>
        <translation>
            <numerusform>%Ln 件の招待のアクティベーションリンクを 1 行に 1 件ずつコピーしました</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed; %n machines released</source>
        <translation>
            <numerusform>削除しました。マシン %n 台を解放しました</numerusform>
        </translation>
    </message>
    <message>
        <source>Copied the activation link.</source>
        <translation>アクティベーションリンクをコピーしました。</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n activation links.</source>
        <translation>
            <numerusform>%n 件のアクティベーションリンクをコピーしました。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BulkOperation</name>
    <message>
        <source>The server sent no result for this item.</source>
        <translation>この項目についてサーバーから結果が返されませんでした。</translation>
    </message>
</context>
<context>
    <name>BulkResultDialog</name>
    <message>
        <source>%1 — Result</source>
        <translation>%1 — 結果</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>%1 done</source>
        <translation>完了 %1 件</translation>
    </message>
    <message>
        <source>%1 skipped</source>
        <translation>スキップ %1 件</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>失敗 %1 件</translation>
    </message>
    <message>
        <source>Nothing to do</source>
        <translation>処理するものはありません</translation>
    </message>
    <message>
        <source> — the failed ones stay checked, so that you can try them again.</source>
        <translation> — 失敗した項目はチェックされたままなので、もう一度試せます。</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>スキップ</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
</context>
<context>
    <name>ChangeUserRoleDialog</name>
    <message>
        <source>Change User Role</source>
        <translation>ユーザーのロールを変更</translation>
    </message>
    <message>
        <source>Change Role</source>
        <translation>ロールを変更</translation>
    </message>
    <message>
        <source>Select a new role for this user.</source>
        <translation>このユーザーの新しいロールを選択してください。</translation>
    </message>
    <message>
        <source>Select a new role for these %1 users.</source>
        <translation>これら %1 人のユーザーの新しいロールを選択してください。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Owner (transfer ownership)</source>
        <translation>オーナー (所有権を譲渡)</translation>
    </message>
    <message>
        <source>You become Admin; the chosen member becomes the Owner.</source>
        <translation>あなたは管理者になり、選択したメンバーがオーナーになります。</translation>
    </message>
    <message>
        <source>New role</source>
        <translation>新しいロール</translation>
    </message>
    <message>
        <source>Select a role…</source>
        <translation>ロールを選択…</translation>
    </message>
    <message>
        <source>&amp;New role:</source>
        <translation>新しいロール(&amp;N):</translation>
    </message>
    <message>
        <source>Roles you cannot give</source>
        <translation>付与できないロール</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <source>Full Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>メール</translation>
    </message>
    <message>
        <source>Current Role</source>
        <translation>現在のロール</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>備考</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>チーム</translation>
    </message>
    <message>
        <source>&amp;Take them out of these teams</source>
        <translation>これらのチームから外す(&amp;T)</translation>
    </message>
    <message>
        <source>Take them out of these teams</source>
        <translation>これらのチームから外す</translation>
    </message>
    <message>
        <source>Already %1</source>
        <translation>すでに %1 です</translation>
    </message>
    <message>
        <source>In teams: %1</source>
        <translation>所属チーム: %1</translation>
    </message>
    <message>
        <source>A Billing Manager belongs to no team or project. These users are in teams:
%1</source>
        <translation>請求管理者はチームやプロジェクトに所属できません。次のユーザーはチームに所属しています:
%1</translation>
    </message>
    <message>
        <source>Ownership is transferred: you become Admin.</source>
        <translation>所有権を譲渡します。あなたは管理者になります。</translation>
    </message>
    <message>
        <source>None of the checked users can be given this role.</source>
        <translation>チェックしたユーザーのうち、このロールを付与できるユーザーはいません。</translation>
    </message>
    <message>
        <source>%1 of %2 users are changed; the others are left out (shown greyed).</source>
        <translation>%2 人中 %1 人のユーザーを変更します。残りは対象外です (グレー表示)。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Transfer Ownership</source>
        <translation>所有権を譲渡</translation>
    </message>
    <message>
        <source>Make %1 the Owner of the organization?

You, the current Owner, become Admin. Only the new Owner can give ownership back.</source>
        <translation>%1 を組織のオーナーにしますか？

現在のオーナーであるあなたは管理者になります。所有権を戻せるのは新しいオーナーだけです。</translation>
    </message>
    <message>
        <source>%1 is not available: %2</source>
        <translation>%1 は利用できません: %2</translation>
    </message>
</context>
<context>
    <name>CheckBoxHeaderView</name>
    <message>
        <source>Column headers</source>
        <translation>列見出し</translation>
    </message>
</context>
<context>
    <name>ClientError</name>
    <message>
        <source>%1 The server says: %2</source>
        <translation>%1 サーバーからのメッセージ: %2</translation>
    </message>
    <message>
        <source>The server could not understand the request (400 Bad Request).</source>
        <translation>サーバーはリクエストを理解できませんでした (400 Bad Request)。</translation>
    </message>
    <message>
        <source>The API token is not valid (401 Unauthorized): it may have been revoked or mistyped. Sign in again with a valid token.</source>
        <translation>API トークンが無効です (401 Unauthorized)。取り消されたか、入力が間違っている可能性があります。有効なトークンでもう一度サインインしてください。</translation>
    </message>
    <message>
        <source>You are not allowed to do this (403 Forbidden). User Management needs the Owner or Admin role.</source>
        <translation>この操作は許可されていません (403 Forbidden)。ユーザー管理にはオーナーまたは管理者のロールが必要です。</translation>
    </message>
    <message>
        <source>The server does not know this organization or record (404 Not Found). It may have been deleted; refresh the lists.</source>
        <translation>サーバーはこの組織またはレコードを認識していません (404 Not Found)。削除された可能性があります。一覧を更新してください。</translation>
    </message>
    <message>
        <source>The change conflicts with the current state on the server (409 Conflict). Refresh the lists and try again.</source>
        <translation>変更がサーバー上の現在の状態と競合しています (409 Conflict)。一覧を更新してからもう一度試してください。</translation>
    </message>
    <message>
        <source>The request is too large for the server (413 Content Too Large). Send fewer items at once.</source>
        <translation>リクエストがサーバーにとって大きすぎます (413 Content Too Large)。一度に送る項目を減らしてください。</translation>
    </message>
    <message>
        <source>The server refused the request as invalid (422 Unprocessable Content).</source>
        <translation>サーバーはリクエストを無効として拒否しました (422 Unprocessable Content)。</translation>
    </message>
    <message>
        <source>The server is receiving too many requests (429 Too Many Requests). Try again in 1 second.</source>
        <translation>サーバーへのリクエストが多すぎます (429 Too Many Requests)。1 秒後にもう一度試してください。</translation>
    </message>
    <message>
        <source>The server is receiving too many requests (429 Too Many Requests). Try again in a moment.</source>
        <translation>サーバーへのリクエストが多すぎます (429 Too Many Requests)。しばらくしてからもう一度試してください。</translation>
    </message>
    <message>
        <source>The server had a problem and could not answer (%1). Try again later; if it persists, contact the server&apos;s administrator.</source>
        <translation>サーバーで問題が発生し、応答できませんでした (%1)。後でもう一度試してください。問題が続く場合は、サーバーの管理者に連絡してください。</translation>
    </message>
    <message>
        <source>The server refused the request (HTTP status %1).</source>
        <translation>サーバーはリクエストを拒否しました (HTTP ステータス %1)。</translation>
    </message>
    <message>
        <source>The server refused the connection: it does not seem to be running at this address.</source>
        <translation>サーバーが接続を拒否しました。このアドレスではサーバーが動作していないようです。</translation>
    </message>
    <message>
        <source>The server name &quot;%1&quot; was not found. Check the address and your network connection.</source>
        <translation>サーバー名「%1」が見つかりませんでした。アドレスとネットワーク接続を確認してください。</translation>
    </message>
    <message>
        <source>The server cannot be reached: %1</source>
        <translation>サーバーに接続できません: %1</translation>
    </message>
    <message>
        <source>The server did not answer within 1 second. Check your network connection and try again.</source>
        <translation>サーバーが 1 秒以内に応答しませんでした。ネットワーク接続を確認して、もう一度試してください。</translation>
    </message>
    <message>
        <source>A secure connection to the server could not be established: %1</source>
        <translation>サーバーとの安全な接続を確立できませんでした: %1</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted, so the connection was not made: %1</source>
        <translation>サーバーの証明書が信頼されていないため、接続しませんでした: %1</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read (%1). Is this address a TestOps server of a compatible version?</source>
        <translation>サーバーの応答を読み取れませんでした (%1)。このアドレスは互換性のあるバージョンの TestOps サーバーですか？</translation>
    </message>
    <message>
        <source>The request was canceled.</source>
        <translation>リクエストはキャンセルされました。</translation>
    </message>
    <message>
        <source>No server address is set.</source>
        <translation>サーバーのアドレスが設定されていません。</translation>
    </message>
    <message>
        <source>The server address &quot;%1&quot; is not an http:// or https:// address.</source>
        <translation>サーバーのアドレス「%1」は http:// または https:// のアドレスではありません。</translation>
    </message>
    <message numerus="yes">
        <source>The server is receiving too many requests (429 Too Many Requests). Try again in %n seconds.</source>
        <translation>
            <numerusform>サーバーへのリクエストが多すぎます (429 Too Many Requests)。%n 秒後にもう一度試してください。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server did not answer within %n seconds. Check your network connection and try again.</source>
        <translation>
            <numerusform>サーバーが %n 秒以内に応答しませんでした。ネットワーク接続を確認して、もう一度試してください。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Manage the people of a TestOps organization: invite, revoke, remove, change roles, export.</source>
        <translation>TestOps 組織のメンバーを管理します: 招待、取り消し、削除、ロールの変更、エクスポート。</translation>
    </message>
    <message>
        <source>Start the bundled server with the local demonstration organization and connect to it.</source>
        <translation>同梱のサーバーをローカルのデモ組織で起動し、接続します。</translation>
    </message>
    <message>
        <source>Keep the local organization&apos;s database in &lt;dir&gt; (default: the application data folder).</source>
        <translation>ローカル組織のデータベースを &lt;dir&gt; に保存します (既定: アプリケーションのデータフォルダー)。</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>dir</translation>
    </message>
    <message>
        <source>Connect to the TestOps server at &lt;url&gt;; the token comes from the system keychain, or is asked for.</source>
        <translation>&lt;url&gt; の TestOps サーバーに接続します。トークンはシステムのキーチェーンから取得するか、入力を求めます。</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>Manage the organization with id &lt;id&gt; (default: the first one).</source>
        <translation>ID が &lt;id&gt; の組織を管理します (既定: 最初の組織)。</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>--server needs an http or https URL with a host, e.g. https://testops.example.com.</source>
        <translation>--server にはホストを含む http または https の URL が必要です (例: https://testops.example.com)。</translation>
    </message>
    <message>
        <source>--local and --server exclude each other.</source>
        <translation>--local と --server は同時に指定できません。</translation>
    </message>
    <message>
        <source>--org needs a positive organization id.</source>
        <translation>--org には正の組織 ID が必要です。</translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <source>Connect to TestOps</source>
        <translation>TestOps に接続</translation>
    </message>
    <message>
        <source>&amp;Local organization</source>
        <translation>ローカル組織(&amp;L)</translation>
    </message>
    <message>
        <source>Local organization</source>
        <translation>ローカル組織</translation>
    </message>
    <message>
        <source>Starts the bundled server on this computer with demonstration data.</source>
        <translation>同梱のサーバーをこのコンピューターでデモデータとともに起動します。</translation>
    </message>
    <message>
        <source>Starts the bundled server on this computer, with demonstration data on first use.</source>
        <translation>同梱のサーバーをこのコンピューターで起動します。初回はデモデータを使用します。</translation>
    </message>
    <message>
        <source>&amp;Server</source>
        <translation>サーバー(&amp;S)</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>サーバー</translation>
    </message>
    <message>
        <source>Server URL</source>
        <translation>サーバー URL</translation>
    </message>
    <message>
        <source>API token</source>
        <translation>API トークン</translation>
    </message>
    <message>
        <source>Paste the token of an Owner or Admin</source>
        <translation>オーナーまたは管理者のトークンを貼り付け</translation>
    </message>
    <message>
        <source>Server &amp;URL:</source>
        <translation>サーバー URL(&amp;U):</translation>
    </message>
    <message>
        <source>API &amp;token:</source>
        <translation>API トークン(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>接続(&amp;C)</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>接続</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Enter the address of the TestOps server.</source>
        <translation>TestOps サーバーのアドレスを入力してください。</translation>
    </message>
    <message>
        <source>The server URL must start with https:// or http:// and name a host.</source>
        <translation>サーバー URL は https:// または http:// で始まり、ホストを含む必要があります。</translation>
    </message>
    <message>
        <source>Enter an API token. It is kept in the system keychain, never in a file.</source>
        <translation>API トークンを入力してください。トークンはシステムのキーチェーンに保存され、ファイルには保存されません。</translation>
    </message>
    <message>
        <source>Clear server URL</source>
        <translation>サーバー URL をクリア</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>ファイル %1 は存在しません。</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file.</source>
        <translation>%1 はフォルダーです。ファイルではありません。</translation>
    </message>
    <message>
        <source>The file %1 is %2 MB; files of up to %3 MB can be imported. Split it into smaller files.</source>
        <translation>ファイル %1 は %2 MB です。インポートできるのは %3 MB までのファイルです。小さなファイルに分割してください。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 を読み取れません: %2</translation>
    </message>
    <message>
        <source>The file %1 is larger than %2 MB; split it into smaller files.</source>
        <translation>ファイル %1 は %2 MB を超えています。小さなファイルに分割してください。</translation>
    </message>
    <message>
        <source>The quoted field that starts on line %1 has no closing quote (&quot;).</source>
        <translation>%1 行目で始まる引用符付きのフィールドに閉じ引用符 (&quot;) がありません。</translation>
    </message>
    <message>
        <source>This is not a text file: save the spreadsheet as “CSV UTF-8” or as tab-separated text, then import that file.</source>
        <translation>これはテキストファイルではありません。スプレッドシートを「CSV UTF-8」またはタブ区切りテキストとして保存し、そのファイルをインポートしてください。</translation>
    </message>
    <message>
        <source>This file is not UTF-8 text (perhaps a spreadsheet&apos;s older “CSV” format): save it as “CSV UTF-8” and import it again.</source>
        <translation>このファイルは UTF-8 テキストではありません (スプレッドシートの古い「CSV」形式かもしれません)。「CSV UTF-8」として保存し、もう一度インポートしてください。</translation>
    </message>
    <message>
        <source>This UTF-16 text file is damaged: it ends in the middle of a character or holds an unpaired surrogate.</source>
        <translation>この UTF-16 テキストファイルは壊れています。文字の途中で終わっているか、対になっていないサロゲートを含んでいます。</translation>
    </message>
</context>
<context>
    <name>DateText</name>
    <message>
        <source>just now</source>
        <translation>たった今</translation>
    </message>
    <message>
        <source>in 1 minute</source>
        <translation>1 分後</translation>
    </message>
    <message numerus="yes">
        <source>in %n minutes</source>
        <translation>
            <numerusform>%n 分後</numerusform>
        </translation>
    </message>
    <message>
        <source>1 minute ago</source>
        <translation>1 分前</translation>
    </message>
    <message numerus="yes">
        <source>%n minutes ago</source>
        <translation>
            <numerusform>%n 分前</numerusform>
        </translation>
    </message>
    <message>
        <source>in 1 hour</source>
        <translation>1 時間後</translation>
    </message>
    <message numerus="yes">
        <source>in %n hours</source>
        <translation>
            <numerusform>%n 時間後</numerusform>
        </translation>
    </message>
    <message>
        <source>1 hour ago</source>
        <translation>1 時間前</translation>
    </message>
    <message numerus="yes">
        <source>%n hours ago</source>
        <translation>
            <numerusform>%n 時間前</numerusform>
        </translation>
    </message>
    <message>
        <source>in 1 day</source>
        <translation>1 日後</translation>
    </message>
    <message numerus="yes">
        <source>in %n days</source>
        <translation>
            <numerusform>%n 日後</numerusform>
        </translation>
    </message>
    <message>
        <source>1 day ago</source>
        <translation>1 日前</translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>%n 日前</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EmailAddress</name>
    <message>
        <source>The part before @ is empty.</source>
        <translation>@ の前の部分が空です。</translation>
    </message>
    <message>
        <source>The part before @ is longer than 64 characters.</source>
        <translation>@ の前の部分が 64 文字を超えています。</translation>
    </message>
    <message>
        <source>Quoted addresses such as &quot;john doe&quot;@example.com are not supported.</source>
        <translation>&quot;john doe&quot;@example.com のような引用符付きのアドレスには対応していません。</translation>
    </message>
    <message>
        <source>The part before @ starts with a dot.</source>
        <translation>@ の前の部分がドットで始まっています。</translation>
    </message>
    <message>
        <source>The part before @ ends with a dot.</source>
        <translation>@ の前の部分がドットで終わっています。</translation>
    </message>
    <message>
        <source>The part before @ has two dots in a row.</source>
        <translation>@ の前の部分にドットが 2 つ続いています。</translation>
    </message>
    <message>
        <source>The part before @ contains %1, which is not allowed in an address.</source>
        <translation>@ の前の部分に、アドレスに使用できない %1 が含まれています。</translation>
    </message>
    <message>
        <source>The domain %1 is an IP address; a domain name is needed.</source>
        <translation>ドメイン %1 は IP アドレスです。ドメイン名が必要です。</translation>
    </message>
    <message>
        <source>The domain %1 needs at least two parts, as in example.com.</source>
        <translation>ドメイン %1 には example.com のように 2 つ以上の部分が必要です。</translation>
    </message>
    <message>
        <source>The domain %1 has an empty part between dots.</source>
        <translation>ドメイン %1 のドットの間に空の部分があります。</translation>
    </message>
    <message>
        <source>The domain %1 has a part longer than 63 characters.</source>
        <translation>ドメイン %1 に 63 文字を超える部分があります。</translation>
    </message>
    <message>
        <source>The domain %1 contains %2, which is not allowed.</source>
        <translation>ドメイン %1 に使用できない %2 が含まれています。</translation>
    </message>
    <message>
        <source>The domain %1 has a part that starts or ends with a hyphen.</source>
        <translation>ドメイン %1 にハイフンで始まるか終わる部分があります。</translation>
    </message>
    <message>
        <source>The domain %1 does not end in a valid top-level domain.</source>
        <translation>ドメイン %1 は有効なトップレベルドメインで終わっていません。</translation>
    </message>
    <message>
        <source>The address is empty.</source>
        <translation>アドレスが空です。</translation>
    </message>
    <message>
        <source>The address contains a space.</source>
        <translation>アドレスに空白が含まれています。</translation>
    </message>
    <message>
        <source>The address contains an invisible character (%1).</source>
        <translation>アドレスに見えない文字 (%1) が含まれています。</translation>
    </message>
    <message>
        <source>An address needs exactly one @.</source>
        <translation>アドレスには @ がちょうど 1 つ必要です。</translation>
    </message>
    <message>
        <source>The part after @ is empty.</source>
        <translation>@ の後の部分が空です。</translation>
    </message>
    <message>
        <source>Addresses with an IP address in brackets, such as user@[192.0.2.1], are not accepted.</source>
        <translation>user@[192.0.2.1] のように角かっこで IP アドレスを囲んだアドレスは受け付けません。</translation>
    </message>
    <message>
        <source>The domain %1 is not valid.</source>
        <translation>ドメイン %1 は無効です。</translation>
    </message>
    <message>
        <source>The address is longer than 254 characters.</source>
        <translation>アドレスが 254 文字を超えています。</translation>
    </message>
    <message>
        <source>A comment in parentheses inside an address is not supported.</source>
        <translation>アドレスの中に括弧で囲んだコメントを含めることはできません。</translation>
    </message>
    <message>
        <source>Text follows the address in angle brackets without a separator. Separate addresses with a comma.</source>
        <translation>山括弧内のアドレスの後に区切りなしで文字が続いています。アドレスはカンマで区切ってください。</translation>
    </message>
    <message>
        <source>The name before the address in angle brackets contains an @. Put the name in quotes, or separate addresses with a comma.</source>
        <translation>山括弧内のアドレスの前の名前に @ が含まれています。名前を引用符で囲むか、アドレスをカンマで区切ってください。</translation>
    </message>
    <message>
        <source>The angle brackets hold no address.</source>
        <translation>山括弧の中にアドレスがありません。</translation>
    </message>
    <message>
        <source>The group name before the colon contains an @. Separate addresses with a comma.</source>
        <translation>コロンの前のグループ名に @ が含まれています。アドレスはカンマで区切ってください。</translation>
    </message>
    <message>
        <source>The domain %1 has a part with hyphens in the third and fourth places, which only international names written as xn--… may have.</source>
        <translation>ドメイン %1 に 3 文字目と 4 文字目がハイフンの部分があります。これは xn--… と書く国際化ドメイン名にのみ許されます。</translation>
    </message>
    <message>
        <source>The domain %1 has a part that starts with a combining mark.</source>
        <translation>ドメイン %1 に結合文字で始まる部分があります。</translation>
    </message>
    <message>
        <source>The domain %1 has a part written as xn--… that is not a valid international name.</source>
        <translation>ドメイン %1 に xn--… と書かれた部分がありますが、有効な国際化ドメイン名ではありません。</translation>
    </message>
    <message>
        <source>The domain %1 ends in “.%2”, a name reserved for special use that cannot receive invitations.</source>
        <translation>ドメイン %1 は特殊用途に予約された名前「.%2」で終わっているため、招待を受け取れません。</translation>
    </message>
</context>
<context>
    <name>EmailChip</name>
    <message>
        <source>Valid address</source>
        <translation>有効なアドレス</translation>
    </message>
    <message>
        <source>Valid address, sent as %1</source>
        <translation>有効なアドレス。%1 として送信されます</translation>
    </message>
    <message>
        <source>%1, valid</source>
        <translation>%1、有効</translation>
    </message>
    <message>
        <source>%1, invalid: %2</source>
        <translation>%1、無効: %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>address, note such as already a member</comment>
        <translation>%1、%2</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 を削除</translation>
    </message>
</context>
<context>
    <name>EmailChipsEdit</name>
    <message>
        <source>Email addresses</source>
        <translation>メールアドレス</translation>
    </message>
    <message>
        <source>Addresses entered</source>
        <translation>入力したアドレス</translation>
    </message>
    <message>
        <source>Type or paste email addresses…</source>
        <translation>メールアドレスを入力または貼り付け…</translation>
    </message>
    <message>
        <source>Separate addresses with a comma, space, Tab or Enter; Backspace selects the last address, Left and Right move between addresses.</source>
        <translation>アドレスはコンマ、スペース、Tab、Enter で区切ります。Backspace で最後のアドレスを選択し、左右の矢印キーでアドレス間を移動します。</translation>
    </message>
    <message>
        <source>%1 is already in the list.</source>
        <translation>%1 はすでに一覧にあります。</translation>
    </message>
    <message numerus="yes">
        <source>%n addresses were already in the list; each is kept once.</source>
        <translation>
            <numerusform>%n 件のアドレスはすでに一覧にありました。それぞれ 1 つだけ残します。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportUsersRunner</name>
    <message>
        <source>Export Users</source>
        <translation>ユーザーをエクスポート</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV ファイル (*.csv);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 はすでに存在します。
置き換えますか？</translation>
    </message>
    <message numerus="yes">
        <source>Exporting %Ln users to %1…</source>
        <translation>
            <numerusform>%Ln 人のユーザーを %1 にエクスポートしています…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message numerus="yes">
        <source>Exporting %Ln users…</source>
        <translation>
            <numerusform>%Ln 人のユーザーをエクスポートしています…</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported 1 user to %1</source>
        <translation>1 人のユーザーを %1 にエクスポートしました</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln users to %1</source>
        <translation>
            <numerusform>%Ln 人のユーザーを %1 にエクスポートしました</numerusform>
        </translation>
    </message>
    <message>
        <source>Export canceled; no file was written.</source>
        <translation>エクスポートをキャンセルしました。ファイルは書き込まれていません。</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>エクスポートに失敗しました: %1</translation>
    </message>
</context>
<context>
    <name>InviteImport</name>
    <message>
        <source>The file is empty: it has no rows to import.</source>
        <translation>ファイルは空です。インポートする行がありません。</translation>
    </message>
    <message>
        <source>The first row names columns, but none of them is the email address, and no column holds addresses: name that column “Email”.</source>
        <translation>1 行目に列名がありますが、メールアドレスの列がなく、アドレスを含む列もありません。その列に「メール」という名前を付けてください。</translation>
    </message>
    <message>
        <source>No column of this file holds email addresses. Put the addresses in a column named “Email”, one per row.</source>
        <translation>このファイルにはメールアドレスを含む列がありません。アドレスを「メール」という名前の列に 1 行に 1 つずつ入れてください。</translation>
    </message>
    <message>
        <source>The file has a header row but no rows of people under it.</source>
        <translation>ファイルにはヘッダー行がありますが、その下に人の行がありません。</translation>
    </message>
    <message>
        <source>The row has no email address.</source>
        <translation>この行にはメールアドレスがありません。</translation>
    </message>
    <message>
        <source>The cell holds %1 addresses; put one address on each row.</source>
        <translation>このセルには %1 個のアドレスがあります。1 行に 1 つのアドレスを入れてください。</translation>
    </message>
    <message>
        <source>The same address as on line %1.</source>
        <translation>%1 行目と同じアドレスです。</translation>
    </message>
    <message>
        <source>“%1” is not a role: use Admin, Billing Manager or Member.</source>
        <translation>「%1」はロールではありません。管理者、請求管理者、メンバーのいずれかを使用してください。</translation>
    </message>
    <message>
        <source>The organization has no license %1.</source>
        <translation>組織にはライセンス %1 がありません。</translation>
    </message>
</context>
<context>
    <name>InviteResultsWidget</name>
    <message>
        <source>Result per address</source>
        <translation>アドレスごとの結果</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>メール</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>招待済み</translation>
    </message>
    <message>
        <source>Already a member — not invited</source>
        <translation>すでにメンバー — 招待していません</translation>
    </message>
    <message>
        <source>Already invited — no second invitation</source>
        <translation>すでに招待済み — 再度の招待はしていません</translation>
    </message>
    <message>
        <source>Invalid address</source>
        <translation>無効なアドレス</translation>
    </message>
    <message>
        <source>Invalid address: %1</source>
        <translation>無効なアドレス: %1</translation>
    </message>
    <message>
        <source>No seats left</source>
        <translation>シートの空きがありません</translation>
    </message>
    <message>
        <source>No seats left: %1</source>
        <translation>シートの空きがありません: %1</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>失敗: %1</translation>
    </message>
    <message>
        <source>Failed: the server gave no reason</source>
        <translation>失敗: サーバーから理由が返されませんでした</translation>
    </message>
    <message>
        <source>Sent as %1</source>
        <translation>%1 として送信しました</translation>
    </message>
    <message>
        <source>The invitation sent before still holds. To send its link again, use Resend on Pending Invitations.</source>
        <translation>以前に送信した招待は引き続き有効です。リンクをもう一度送るには、保留中の招待で「再送信」を使用してください。</translation>
    </message>
    <message>
        <source>Invalid address, not sent: %1</source>
        <translation>無効なアドレスのため送信していません: %1</translation>
    </message>
    <message>
        <source>1 invited</source>
        <translation>招待 1 件</translation>
    </message>
    <message>
        <source>1 already a member</source>
        <translation>すでにメンバー 1 件</translation>
    </message>
    <message>
        <source>1 already invited</source>
        <translation>招待済み 1 件</translation>
    </message>
    <message>
        <source>1 invalid</source>
        <translation>無効 1 件</translation>
    </message>
    <message>
        <source>1 without a seat</source>
        <translation>シートなし 1 件</translation>
    </message>
    <message>
        <source>1 failed</source>
        <translation>失敗 1 件</translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation>何も送信されませんでした。</translation>
    </message>
    <message>
        <source>Already invited — a new link was sent</source>
        <translation>すでに招待済み — 新しいリンクを送信しました</translation>
    </message>
    <message>
        <source>Already invited — not sent again: %1</source>
        <translation>すでに招待済み — 再送信していません: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln invited</source>
        <translation>
            <numerusform>招待 %Ln 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln already members</source>
        <translation>
            <numerusform>すでにメンバー %Ln 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln already invited</source>
        <translation>
            <numerusform>招待済み %Ln 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln invalid</source>
        <translation>
            <numerusform>無効 %Ln 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln without a seat</source>
        <translation>
            <numerusform>シートなし %Ln 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln failed</source>
        <translation>
            <numerusform>失敗 %Ln 件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InviteUsersDialog</name>
    <message>
        <source>Invite Users</source>
        <translation>ユーザーを招待</translation>
    </message>
    <message>
        <source>Sending the invitations</source>
        <translation>招待を送信しています</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>戻る</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>次へ</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>確定</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>already invited — resend?</source>
        <translation>招待済み — 再送信しますか？</translation>
    </message>
    <message>
        <source>already a member</source>
        <translation>すでにメンバー</translation>
    </message>
    <message>
        <source>Discard the addresses you entered?</source>
        <translation>入力したアドレスを破棄しますか？</translation>
    </message>
    <message>
        <source>Enter the email addresses of the people to invite.</source>
        <translation>招待する人のメールアドレスを入力してください。</translation>
    </message>
    <message>
        <source>&amp;Email addresses:</source>
        <translation>メールアドレス(&amp;E):</translation>
    </message>
    <message>
        <source>Separate addresses with a comma, space, tab or Enter, or paste a list from a mail client or a spreadsheet.</source>
        <translation>アドレスはコンマ、スペース、タブ、Enter で区切るか、メールクライアントやスプレッドシートから一覧を貼り付けてください。</translation>
    </message>
    <message>
        <source>&amp;Role of the invitees:</source>
        <translation>招待する人のロール(&amp;R):</translation>
    </message>
    <message>
        <source>Role of the invitees</source>
        <translation>招待する人のロール</translation>
    </message>
    <message>
        <source>Assign licenses to your users.</source>
        <translation>ユーザーにライセンスを割り当てます。</translation>
    </message>
    <message>
        <source>Switch the toggle on to select the product licenses.</source>
        <translation>製品ライセンスを選択するには、スイッチをオンにしてください。</translation>
    </message>
    <message>
        <source>The invitations could not be sent. %1
Everything you entered is kept; press Confirm to try again.</source>
        <translation>招待を送信できませんでした。%1
入力内容はすべて保持されています。もう一度試すには「確定」を押してください。</translation>
    </message>
    <message>
        <source>1 will be invited</source>
        <translation>1 人を招待します</translation>
    </message>
    <message>
        <source>1 invalid address will be left out.</source>
        <translation>無効なアドレス 1 件は除外されます。</translation>
    </message>
    <message>
        <source>1 is already a member and will not be invited.</source>
        <translation>1 人はすでにメンバーのため招待されません。</translation>
    </message>
    <message>
        <source>1 is already invited: no second invitation (Resend is on Pending Invitations).</source>
        <translation>1 人はすでに招待済みです。再度の招待はしません (再送信は保留中の招待から行えます)。</translation>
    </message>
    <message>
        <source>1 person will be invited as %1.</source>
        <translation>1 人を %1 として招待します。</translation>
    </message>
    <message>
        <source>Enter at least one valid email address.</source>
        <translation>有効なメールアドレスを 1 つ以上入力してください。</translation>
    </message>
    <message>
        <source>Stop sending; everything you entered is kept</source>
        <translation>送信を中止します。入力内容はすべて保持されます</translation>
    </message>
    <message>
        <source>Retry Those Not Invited</source>
        <translation>招待できなかった分を再試行</translation>
    </message>
    <message>
        <source>Sending the invitations…</source>
        <translation>招待を送信しています…</translation>
    </message>
    <message>
        <source>Resend to Those Already Invited</source>
        <translation>招待済みの人に再送信</translation>
    </message>
    <message>
        <source>Sending new links…</source>
        <translation>新しいリンクを送信しています…</translation>
    </message>
    <message>
        <source>The new links could not be sent. %1
Press Resend to try again; a repeat sends each link once more at most.</source>
        <translation>新しいリンクを送信できませんでした。%1
もう一度試すには「招待済みの人に再送信」を押してください。繰り返しても、各リンクの送信は最大 1 回までです。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln will be invited</source>
        <translation>
            <numerusform>%Ln 人を招待します</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln invalid addresses will be left out.</source>
        <translation>
            <numerusform>無効なアドレス %Ln 件は除外されます。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln are already members and will not be invited.</source>
        <translation>
            <numerusform>%Ln 人はすでにメンバーのため招待されません。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln are already invited: no second invitation (Resend is on Pending Invitations).</source>
        <translation>
            <numerusform>%Ln 人はすでに招待済みです。再度の招待はしません (再送信は保留中の招待から行えます)。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln people will be invited as %1.</source>
        <translation>
            <numerusform>%Ln 人を %1 として招待します。</numerusform>
        </translation>
    </message>
    <message>
        <source>Canceled. The server may have received the request already; sending again is safe: what was done already is reported as such.</source>
        <translation>キャンセルしました。サーバーはすでにリクエストを受け取っている可能性があります。もう一度送信しても問題ありません。処理済みのものはその旨が報告されます。</translation>
    </message>
    <message>
        <source>not sent: %1</source>
        <translation>未送信: %1</translation>
    </message>
    <message>
        <source>1 invitation could not be sent. %1
Press Retry Those Not Invited to send it again.</source>
        <translation>1 件の招待を送信できませんでした。%1
「招待できなかった分を再試行」を押すと再送信します。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln invitations could not be sent. %1
Press Retry Those Not Invited to send them again.</source>
        <translation>
            <numerusform>%Ln 件の招待を送信できませんでした。%1
「招待できなかった分を再試行」を押すと再送信します。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InviteUsersSender</name>
    <message>
        <source>The organization was closed. Open it again, then try once more.</source>
        <translation>組織が閉じられました。もう一度開いてから、再試行してください。</translation>
    </message>
    <message>
        <source>The organization was closed before the server answered. The server may have received the request already.</source>
        <translation>サーバーが応答する前に組織が閉じられました。サーバーはすでに要求を受け取っている可能性があります。</translation>
    </message>
</context>
<context>
    <name>JsonCodec</name>
    <message>
        <source>The server reported “%1”.</source>
        <translation>サーバーからの報告:「%1」</translation>
    </message>
</context>
<context>
    <name>LanguageDialog</name>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>表示言語</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>システムの既定</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>言語(&amp;L):</translation>
    </message>
    <message>
        <source>The language applies when the app starts.</source>
        <translation>言語はアプリの起動時に適用されます。</translation>
    </message>
    <message>
        <source>The new language applies when you restart the app.</source>
        <translation>新しい言語はアプリを再起動すると適用されます。</translation>
    </message>
</context>
<context>
    <name>LicenseStepWidget</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 license</source>
        <translation>%1 ライセンス</translation>
    </message>
    <message>
        <source>The organization has no license products; the invitees join without licenses.</source>
        <translation>この組織にはライセンス製品がありません。招待された人はライセンスなしで参加します。</translation>
    </message>
    <message>
        <source>%1: 1 invitation needs a seat, %2 available</source>
        <translation>%1: 1 件の招待にシートが必要です。空き %2</translation>
    </message>
    <message>
        <source>%1 of 1 seat available</source>
        <translation>1 シート中 %1 シートが利用可能</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln invitations need seats, %2 available</source>
        <translation>
            <numerusform>%1: %Ln 件の招待にシートが必要です。空き %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln seats available</source>
        <translation>
            <numerusform>%Ln シート中 %1 シートが利用可能</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LocalCache</name>
    <message>
        <source>The local cache cannot be used: the SQLite driver of Qt is missing.</source>
        <translation>ローカルキャッシュを使用できません: Qt の SQLite ドライバーがありません。</translation>
    </message>
    <message>
        <source>The local cache %1 could not be opened.</source>
        <translation>ローカルキャッシュ %1 を開けませんでした。</translation>
    </message>
    <message>
        <source>The local cache %1 is damaged or is not a cache file.</source>
        <translation>ローカルキャッシュ %1 は破損しているか、キャッシュファイルではありません。</translation>
    </message>
    <message>
        <source>The local cache %1 was written by a newer version of the app and is left untouched.</source>
        <translation>ローカルキャッシュ %1 は新しいバージョンのアプリで書き込まれたため、変更しません。</translation>
    </message>
    <message>
        <source>The local cache %1 could not be prepared.</source>
        <translation>ローカルキャッシュ %1 を準備できませんでした。</translation>
    </message>
    <message>
        <source>The lists could not be saved in the local cache %1.</source>
        <translation>一覧をローカルキャッシュ %1 に保存できませんでした。</translation>
    </message>
    <message>
        <source>The local cache %1 could not be read.</source>
        <translation>ローカルキャッシュ %1 を読み取れませんでした。</translation>
    </message>
</context>
<context>
    <name>LocalServer</name>
    <message>
        <source>The local organization cannot start: the server program %1 was not found beside the app. Reinstall TestOps User Management.</source>
        <translation>ローカル組織を開始できません: サーバープログラム %1 がアプリと同じ場所に見つかりません。TestOps User Management を再インストールしてください。</translation>
    </message>
    <message>
        <source>The local organization cannot start: the data folder %1 could not be created.</source>
        <translation>ローカル組織を開始できません: データフォルダー %1 を作成できませんでした。</translation>
    </message>
    <message>
        <source>The local organization cannot start: %1</source>
        <translation>ローカル組織を開始できません: %1</translation>
    </message>
    <message>
        <source>The local organization started, but no sign-in token could be made for %1: %2</source>
        <translation>ローカル組織は開始しましたが、%1 のサインイントークンを作成できませんでした: %2</translation>
    </message>
    <message>
        <source>The local server stopped unexpectedly.</source>
        <translation>ローカルサーバーが予期せず停止しました。</translation>
    </message>
    <message>
        <source>The local server stopped (exit code %1).</source>
        <translation>ローカルサーバーが停止しました (終了コード %1)。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>User lists</source>
        <translation>ユーザー一覧</translation>
    </message>
    <message>
        <source>User Management</source>
        <translation>ユーザー管理</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>設定(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Language…</source>
        <translation>言語(&amp;L)…</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>接続しています…</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Load the lists again from the server (F5)</source>
        <translation>サーバーから一覧を再読み込み (F5)</translation>
    </message>
    <message>
        <source>Export Users</source>
        <translation>ユーザーをエクスポート</translation>
    </message>
    <message>
        <source>Invite Users</source>
        <translation>ユーザーを招待</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>サーバー</translation>
    </message>
    <message>
        <source>Signed-in user</source>
        <translation>サインイン中のユーザー</translation>
    </message>
    <message>
        <source>Refresh status</source>
        <translation>更新の状態</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>選択</translation>
    </message>
    <message>
        <source>Refresh progress</source>
        <translation>更新の進行状況</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>接続</translation>
    </message>
    <message>
        <source>Connect to Another Server…</source>
        <translation>別のサーバーに接続…</translation>
    </message>
    <message>
        <source>Connect to Another Server</source>
        <translation>別のサーバーに接続</translation>
    </message>
    <message>
        <source>Role required</source>
        <translation>ロールが必要です</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>情報</translation>
    </message>
    <message>
        <source>User Management needs the Owner or Admin role.</source>
        <translation>ユーザー管理にはオーナーまたは管理者のロールが必要です。</translation>
    </message>
    <message>
        <source>Use Another Token…</source>
        <translation>別のトークンを使用…</translation>
    </message>
    <message>
        <source>Use Another Token</source>
        <translation>別のトークンを使用</translation>
    </message>
    <message>
        <source>TestOps User Management</source>
        <translation>TestOps User Management</translation>
    </message>
    <message>
        <source>TestOps User Management — %1</source>
        <translation>TestOps User Management — %1</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>サーバー: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>You are signed in as %1, whose role in this organization is %2. Ask its Owner or an Admin, or use the token of an Owner or Admin.</source>
        <translation>%1 としてサインインしています。この組織でのロールは %2 です。組織のオーナーまたは管理者に依頼するか、オーナーまたは管理者のトークンを使用してください。</translation>
    </message>
    <message>
        <source>Refreshing… %1 of %2</source>
        <translation>更新しています… %1 / %2</translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation>更新しています…</translation>
    </message>
    <message>
        <source>Refreshed at %1</source>
        <translation>%1 に更新</translation>
    </message>
    <message>
        <source>Offline — showing data from %1</source>
        <translation>オフライン — %1 時点のデータを表示</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>オフライン</translation>
    </message>
    <message>
        <source>Offline — changes are possible again once the server answers.</source>
        <translation>オフライン — サーバーが応答すると、再び変更できるようになります。</translation>
    </message>
    <message>
        <source>Refresh failed</source>
        <translation>更新に失敗しました</translation>
    </message>
    <message>
        <source>Offline — inviting needs the server.</source>
        <translation>オフライン — 招待にはサーバーが必要です。</translation>
    </message>
    <message>
        <source>Invite people to the organization</source>
        <translation>組織にユーザーを招待します</translation>
    </message>
    <message>
        <source>Save the Active Users and Removed Users lists as CSV</source>
        <translation>アクティブなユーザーと削除されたユーザーの一覧を CSV として保存します</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About TestOps User Management</source>
        <translation>TestOps User Management について(&amp;A)</translation>
    </message>
    <message>
        <source>More actions</source>
        <translation>その他の操作</translation>
    </message>
    <message>
        <source>Not a member of this organization</source>
        <translation>この組織のメンバーではありません</translation>
    </message>
    <message>
        <source>%1 is not a member of organization %2.</source>
        <translation>%1 は組織 %2 のメンバーではありません。</translation>
    </message>
    <message>
        <source>%1 belongs to no organization.</source>
        <translation>%1 はどの組織にも所属していません。</translation>
    </message>
    <message>
        <source>The server cannot be reached</source>
        <translation>サーバーに接続できません</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>サインインに失敗しました</translation>
    </message>
    <message>
        <source>The lists could not be loaded</source>
        <translation>一覧を読み込めませんでした</translation>
    </message>
</context>
<context>
    <name>MemberFields</name>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>Full Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>メール</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>ロール</translation>
    </message>
    <message>
        <source>Last Role</source>
        <translation>最後のロール</translation>
    </message>
    <message>
        <source>Join Date</source>
        <translation>参加日</translation>
    </message>
    <message>
        <source>Licenses</source>
        <translation>ライセンス</translation>
    </message>
    <message>
        <source>Last Access</source>
        <translation>最終アクセス</translation>
    </message>
    <message>
        <source>Removed On</source>
        <translation>削除日</translation>
    </message>
    <message>
        <source>Removed By</source>
        <translation>削除した人</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>チーム</translation>
    </message>
    <message>
        <source>Registered Machines</source>
        <translation>登録済みマシン</translation>
    </message>
</context>
<context>
    <name>MemberTableModel</name>
    <message>
        <source>Never</source>
        <comment>last access</comment>
        <translation>なし</translation>
    </message>
</context>
<context>
    <name>PendingInvitationsModel</name>
    <message>
        <source>Email</source>
        <translation>メール</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>ロール</translation>
    </message>
    <message>
        <source>Licenses</source>
        <translation>ライセンス</translation>
    </message>
    <message>
        <source>Invited By</source>
        <translation>招待者</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>送信日時</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>有効期限</translation>
    </message>
    <message>
        <source>Expired</source>
        <comment>invitation</comment>
        <translation>期限切れ</translation>
    </message>
    <message>
        <source>Expired %1</source>
        <translation>期限切れ (%1)</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <source>User Management needs the Owner or Admin role.</source>
        <translation>ユーザー管理にはオーナーまたは管理者のロールが必要です。</translation>
    </message>
    <message>
        <source>Nobody is invited as Owner; the Owner transfers ownership to an active member.</source>
        <translation>オーナーとして招待することはできません。オーナーはアクティブなメンバーに所有権を譲渡します。</translation>
    </message>
    <message>
        <source>Only the Owner can invite Admins.</source>
        <translation>管理者を招待できるのはオーナーだけです。</translation>
    </message>
    <message>
        <source>Only the Owner can manage invitations for Admins.</source>
        <translation>管理者への招待を管理できるのはオーナーだけです。</translation>
    </message>
    <message>
        <source>You cannot remove yourself.</source>
        <translation>自分自身を削除することはできません。</translation>
    </message>
    <message>
        <source>The Owner cannot be removed; transfer ownership first.</source>
        <translation>オーナーは削除できません。先に所有権を譲渡してください。</translation>
    </message>
    <message>
        <source>Only the Owner can remove Admins.</source>
        <translation>管理者を削除できるのはオーナーだけです。</translation>
    </message>
    <message>
        <source>Only the Owner can change the licenses of Admins and of the Owner.</source>
        <translation>管理者とオーナーのライセンスを変更できるのはオーナーだけです。</translation>
    </message>
    <message>
        <source>You cannot change your own role.</source>
        <translation>自分のロールは変更できません。</translation>
    </message>
    <message>
        <source>The Owner&apos;s role changes only by transferring ownership.</source>
        <translation>オーナーのロールは所有権の譲渡によってのみ変わります。</translation>
    </message>
    <message>
        <source>Ownership is handed over by a transfer, not by a role change.</source>
        <translation>所有権はロールの変更ではなく、譲渡によって引き継がれます。</translation>
    </message>
    <message>
        <source>Only the Owner can grant or take away the Admin role.</source>
        <translation>管理者ロールを付与または解除できるのはオーナーだけです。</translation>
    </message>
    <message>
        <source>A Billing Manager cannot belong to teams; this member is in: %1.</source>
        <translation>請求管理者はチームに所属できません。このメンバーの所属: %1。</translation>
    </message>
    <message>
        <source>Only the Owner can transfer ownership.</source>
        <translation>所有権を譲渡できるのはオーナーだけです。</translation>
    </message>
    <message>
        <source>You already own this organization.</source>
        <translation>あなたはすでにこの組織のオーナーです。</translation>
    </message>
</context>
<context>
    <name>QGnomeTheme</name>
    <message>
        <source>&amp;OK</source>
        <translation>OK(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>キャンセル(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>閉じる(&amp;C)</translation>
    </message>
    <message>
        <source>Close without Saving</source>
        <translation>保存せずに閉じる</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>すべて保存</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>開く</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>はい(&amp;Y)</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>すべてにはい(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>いいえ(&amp;N)</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>すべてにいいえ(&amp;O)</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>中止</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>再試行</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>無視</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>破棄</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>ヘルプ</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>適用</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>リセット</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>既定値に戻す</translation>
    </message>
</context>
<context>
    <name>RecordTableModel</name>
    <message>
        <source>Checked</source>
        <translation>チェックあり</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>チェックなし</translation>
    </message>
    <message>
        <source>Select %1</source>
        <translation>%1 を選択</translation>
    </message>
    <message>
        <source>Select</source>
        <translation>選択</translation>
    </message>
</context>
<context>
    <name>RemoveUsersDialog</name>
    <message>
        <source>Remove Users</source>
        <translation>ユーザーを削除</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Remove this user from the organization?</source>
        <translation>このユーザーを組織から削除しますか？</translation>
    </message>
    <message>
        <source>Users to remove</source>
        <translation>削除するユーザー</translation>
    </message>
    <message>
        <source>Full Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>メール</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>ロール</translation>
    </message>
    <message>
        <source>Machines</source>
        <translation>マシン</translation>
    </message>
    <message>
        <source>Not removed: %1</source>
        <translation>削除されません: %1</translation>
    </message>
    <message>
        <source>They can no longer sign in to the organization.</source>
        <translation>組織にサインインできなくなります。</translation>
    </message>
    <message>
        <source>The data they created in the organization stays.</source>
        <translation>組織内で作成したデータは残ります。</translation>
    </message>
    <message>
        <source>1 registered machine is released from the Registered Machine list.</source>
        <translation>登録済みマシン 1 台が登録済みマシン一覧から解放されます。</translation>
    </message>
    <message>
        <source>They hold no licenses.</source>
        <translation>ライセンスは保持していません。</translation>
    </message>
    <message>
        <source>Their licenses are freed: %1.</source>
        <translation>ライセンスが解放されます: %1。</translation>
    </message>
    <message>
        <source>Pending invitations to their addresses are revoked.</source>
        <translation>これらのアドレスへの保留中の招待は取り消されます。</translation>
    </message>
    <message>
        <source>You can invite them again at any time.</source>
        <translation>いつでも再招待できます。</translation>
    </message>
    <message>
        <source>What follows</source>
        <translation>削除後の影響</translation>
    </message>
    <message>
        <source>1 checked user cannot be removed and is left out (shown greyed).</source>
        <translation>チェックしたユーザーのうち 1 人は削除できないため、対象外です (グレー表示)。</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>備考</translation>
    </message>
    <message numerus="yes">
        <source>Remove these %Ln users from the organization?</source>
        <translation>
            <numerusform>これら %Ln 人のユーザーを組織から削除しますか？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln registered machines are released from the Registered Machine list.</source>
        <translation>
            <numerusform>登録済みマシン %Ln 台が登録済みマシン一覧から解放されます。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln checked users cannot be removed and are left out (shown greyed).</source>
        <translation>
            <numerusform>チェックしたユーザーのうち %Ln 人は削除できないため、対象外です (グレー表示)。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RevokeInvitationDialog</name>
    <message>
        <source>Revoke Invitation</source>
        <translation>招待を取り消す</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>取り消す</translation>
    </message>
    <message>
        <source>Double-check the email address. Its invitation link will stop working.</source>
        <translation>メールアドレスをもう一度確認してください。招待リンクは無効になります。</translation>
    </message>
    <message>
        <source>Invitations to revoke</source>
        <translation>取り消す招待</translation>
    </message>
    <message>
        <source>Role: %1</source>
        <translation>ロール: %1</translation>
    </message>
    <message numerus="yes">
        <source>Double-check the %Ln email addresses. Their invitation links will stop working.</source>
        <translation>
            <numerusform>%Ln 件のメールアドレスをもう一度確認してください。招待リンクは無効になります。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>Owner</source>
        <translation>オーナー</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>管理者</translation>
    </message>
    <message>
        <source>Billing Manager</source>
        <translation>請求管理者</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>メンバー</translation>
    </message>
</context>
<context>
    <name>TokenStore</name>
    <message>
        <source>No API token is stored for this server.</source>
        <translation>このサーバーの API トークンは保存されていません。</translation>
    </message>
    <message>
        <source>No system keychain is available, so the API token is not stored. You will be asked for it again next time.</source>
        <translation>システムのキーチェーンを利用できないため、API トークンは保存されません。次回もう一度入力を求められます。</translation>
    </message>
    <message>
        <source>Access to the system keychain was denied, so the API token is not stored.</source>
        <translation>システムのキーチェーンへのアクセスが拒否されたため、API トークンは保存されません。</translation>
    </message>
    <message>
        <source>The system keychain reported an error: %1</source>
        <translation>システムのキーチェーンがエラーを報告しました: %1</translation>
    </message>
    <message>
        <source>An empty API token cannot be stored.</source>
        <translation>空の API トークンは保存できません。</translation>
    </message>
</context>
<context>
    <name>UserCsvExport</name>
    <message>
        <source>Active</source>
        <translation>アクティブ</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>削除済み</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 に書き込めませんでした: %2</translation>
    </message>
    <message>
        <source>no file name was given</source>
        <translation>ファイル名が指定されていません</translation>
    </message>
</context>
<context>
    <name>UserListTab</name>
    <message>
        <source>Search…</source>
        <translation>検索…</translation>
    </message>
    <message>
        <source>Shows the invitations whose email contains the text.</source>
        <translation>メールアドレスにこの文字列を含む招待を表示します。</translation>
    </message>
    <message>
        <source>Shows the users whose name or email contains the text.</source>
        <translation>名前またはメールアドレスにこの文字列を含むユーザーを表示します。</translation>
    </message>
    <message>
        <source>Clear search</source>
        <translation>検索をクリア</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>ステータスフィルター</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>ステータス(&amp;T):</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>保留中</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>期限切れ</translation>
    </message>
    <message>
        <source>All</source>
        <translation>すべて</translation>
    </message>
    <message>
        <source>Role filter</source>
        <translation>ロールフィルター</translation>
    </message>
    <message>
        <source>Last &amp;role:</source>
        <translation>最後のロール(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>ロール(&amp;R):</translation>
    </message>
    <message>
        <source>All roles</source>
        <translation>すべてのロール</translation>
    </message>
    <message>
        <source>Rows shown</source>
        <translation>表示中の行</translation>
    </message>
    <message>
        <source>Change Role</source>
        <translation>ロールを変更</translation>
    </message>
    <message>
        <source>Remove Users</source>
        <translation>ユーザーを削除</translation>
    </message>
    <message>
        <source>Copy Activation Link</source>
        <translation>アクティベーションリンクをコピー</translation>
    </message>
    <message>
        <source>Resend</source>
        <translation>再送信</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>取り消す</translation>
    </message>
    <message>
        <source>Invite Again</source>
        <translation>再招待</translation>
    </message>
    <message>
        <source>Active Users</source>
        <translation>アクティブなユーザー</translation>
    </message>
    <message>
        <source>Pending Invitations</source>
        <translation>保留中の招待</translation>
    </message>
    <message>
        <source>Removed Users</source>
        <translation>削除されたユーザー</translation>
    </message>
    <message>
        <source>%1 selected</source>
        <translation>%1 件選択</translation>
    </message>
    <message>
        <source>%1 selected, %2 hidden by the filter</source>
        <translation>%1 件選択、%2 件はフィルターで非表示</translation>
    </message>
    <message>
        <source>%1 selected, %2 hidden by the search</source>
        <translation>%1 件選択、%2 件は検索で非表示</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>読み込んでいます…</translation>
    </message>
    <message>
        <source>1 invitation</source>
        <translation>招待 1 件</translation>
    </message>
    <message>
        <source>1 user</source>
        <translation>ユーザー 1 人</translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>%2 件中 %1 件を表示</translation>
    </message>
    <message>
        <source>No active users.</source>
        <translation>アクティブなユーザーはいません。</translation>
    </message>
    <message>
        <source>No pending invitations.</source>
        <translation>保留中の招待はありません。</translation>
    </message>
    <message>
        <source>No removed users.</source>
        <translation>削除されたユーザーはいません。</translation>
    </message>
    <message>
        <source>No %1 invitations match “%2”.</source>
        <translation>「%2」に一致する%1の招待はありません。</translation>
    </message>
    <message>
        <source>No invitations match “%1”.</source>
        <translation>「%1」に一致する招待はありません。</translation>
    </message>
    <message>
        <source>No %1 invitations.</source>
        <translation>%1の招待はありません。</translation>
    </message>
    <message>
        <source>No users with the role %1 match “%2”.</source>
        <translation>「%2」に一致するロール %1 のユーザーはいません。</translation>
    </message>
    <message>
        <source>No users match “%1”.</source>
        <translation>「%1」に一致するユーザーはいません。</translation>
    </message>
    <message>
        <source>No users with the role %1.</source>
        <translation>ロール %1 のユーザーはいません。</translation>
    </message>
    <message>
        <source>Check the invitations this applies to.</source>
        <translation>対象の招待をチェックしてください。</translation>
    </message>
    <message>
        <source>Check the users this applies to.</source>
        <translation>対象のユーザーをチェックしてください。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln invitations</source>
        <translation>
            <numerusform>招待 %Ln 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln users</source>
        <translation>
            <numerusform>ユーザー %Ln 人</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of the %2 checked invitations are hidden by the search or filter.
%3 all %2, the hidden ones included?</source>
        <translation>チェックした %2 件の招待のうち %1 件は、検索またはフィルターで非表示になっています。
非表示のものも含めて %2 件すべてに「%3」を実行しますか？</translation>
    </message>
</context>
<context>
    <name>UserTableView</name>
    <message>
        <source>Row actions</source>
        <translation>行の操作</translation>
    </message>
    <message>
        <source>Copy Name</source>
        <translation>名前をコピー</translation>
    </message>
    <message>
        <source>Copy Email</source>
        <translation>メールアドレスをコピー</translation>
    </message>
</context>
</TS>

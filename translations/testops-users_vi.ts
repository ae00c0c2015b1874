<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About %1</source>
        <translation>Giới thiệu về %1</translation>
    </message>
    <message>
        <source>Application icon</source>
        <translation>Biểu tượng ứng dụng</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Phiên bản %1</translation>
    </message>
    <message>
        <source>Manage the people of a TestOps organization: invite, revoke, remove, change roles, export.</source>
        <translation>Quản lý thành viên của một tổ chức TestOps: mời, thu hồi, xóa, đổi vai trò, xuất dữ liệu.</translation>
    </message>
    <message>
        <source>Built with Qt %1, running on Qt %2</source>
        <translation>Được xây dựng với Qt %1, đang chạy trên Qt %2</translation>
    </message>
    <message>
        <source>Copyright © 2026 The TestOps User Management developers. Released under the %1 License.</source>
        <translation>Bản quyền © 2026 Các nhà phát triển TestOps User Management. Phát hành theo Giấy phép %1.</translation>
    </message>
    <message>
        <source>Homepage</source>
        <translation>Trang chủ</translation>
    </message>
    <message>
        <source>Report a problem</source>
        <translation>Báo cáo sự cố</translation>
    </message>
    <message>
        <source>About Qt</source>
        <translation>Giới thiệu về Qt</translation>
    </message>
</context>
<context>
    <name>ActionRules</name>
    <message>
        <source>Ownership goes to exactly one member: check only that member.</source>
        <translation>Quyền sở hữu chỉ được chuyển cho đúng một thành viên: chỉ đánh dấu thành viên đó.</translation>
    </message>
    <message>
        <source>1 checked record is left out: %1</source>
        <translation>1 bản ghi được đánh dấu bị bỏ qua: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln checked records are left out: %1</source>
        <translation>
            <numerusform>%Ln bản ghi được đánh dấu bị bỏ qua: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>You cannot give this role.</source>
        <translation>Bạn không thể cấp vai trò này.</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>Local organization</source>
        <translation>Tổ chức cục bộ</translation>
    </message>
    <message>
        <source>The local organization could not start</source>
        <translation>Không thể khởi động tổ chức cục bộ</translation>
    </message>
    <message>
        <source>Starting the local organization…</source>
        <translation>Đang khởi động tổ chức cục bộ…</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Đang kết nối…</translation>
    </message>
    <message>
        <source>Enter the API token for %1.</source>
        <translation>Nhập token API cho %1.</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Chưa kết nối</translation>
    </message>
    <message>
        <source>Choose the local organization or a server.</source>
        <translation>Chọn tổ chức cục bộ hoặc một máy chủ.</translation>
    </message>
</context>
<context>
    <name>BulkActionDialog</name>
    <message>
        <source>Error</source>
        <translation>Lỗi</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Tiến độ</translation>
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
        <translation>Thu hồi lời mời</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Thu hồi</translation>
    </message>
    <message>
        <source>Revoked; the link no longer works</source>
        <translation>Đã thu hồi; liên kết không còn hiệu lực</translation>
    </message>
    <message>
        <source>Already revoked</source>
        <translation>Đã thu hồi trước đó</translation>
    </message>
    <message>
        <source>Already accepted — now an active member</source>
        <translation>Đã được chấp nhận — giờ là thành viên đang hoạt động</translation>
    </message>
    <message>
        <source>Not found — it no longer exists on the server</source>
        <translation>Không tìm thấy — không còn tồn tại trên máy chủ</translation>
    </message>
    <message>
        <source>Resend</source>
        <translation>Gửi lại</translation>
    </message>
    <message>
        <source>New link sent; it expires %1</source>
        <translation>Đã gửi liên kết mới; hết hạn vào %1</translation>
    </message>
    <message>
        <source>Revoked meanwhile</source>
        <translation>Đã bị thu hồi trong lúc đó</translation>
    </message>
    <message>
        <source>Sending a new link to %1…</source>
        <translation>Đang gửi liên kết mới tới %1…</translation>
    </message>
    <message>
        <source>Activation link for %1 copied</source>
        <translation>Đã sao chép liên kết kích hoạt của %1</translation>
    </message>
    <message>
        <source>Remove Users</source>
        <translation>Xóa người dùng</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Removed; 1 machine released</source>
        <translation>Đã xóa; đã giải phóng 1 máy</translation>
    </message>
    <message>
        <source>; licenses freed: %1</source>
        <translation>; giấy phép đã giải phóng: %1</translation>
    </message>
    <message>
        <source>Already removed</source>
        <translation>Đã bị xóa trước đó</translation>
    </message>
    <message>
        <source>Change User Role</source>
        <translation>Đổi vai trò người dùng</translation>
    </message>
    <message>
        <source>Change Role</source>
        <translation>Đổi vai trò</translation>
    </message>
    <message>
        <source>Transfer Ownership</source>
        <translation>Chuyển quyền sở hữu</translation>
    </message>
    <message>
        <source>Now the Owner; you are now Admin</source>
        <translation>Giờ là Chủ sở hữu; bạn giờ là Quản trị viên</translation>
    </message>
    <message>
        <source>Now %1</source>
        <translation>Giờ là %1</translation>
    </message>
    <message>
        <source>Already %1</source>
        <translation>Đã là %1</translation>
    </message>
    <message>
        <source>%1
Your choices and the checks are kept; press %2 to try again.</source>
        <translation>%1
Lựa chọn và các dấu chọn của bạn được giữ nguyên; nhấn %2 để thử lại.</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 không thành công: %2</translation>
    </message>
    <message>
        <source>%1

The invitations stay checked; press %2 to try again.</source>
        <translation>%1

Các lời mời vẫn được đánh dấu; nhấn %2 để thử lại.</translation>
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
            <numerusform>Đang gửi %Ln liên kết mới…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Activation links for %Ln invitations copied, one per line</source>
        <translation>
            <numerusform>Đã sao chép liên kết kích hoạt của %Ln lời mời, mỗi dòng một liên kết</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed; %n machines released</source>
        <translation>
            <numerusform>Đã xóa; đã giải phóng %n máy</numerusform>
        </translation>
    </message>
    <message>
        <source>Copied the activation link.</source>
        <translation>Đã sao chép liên kết kích hoạt.</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n activation links.</source>
        <translation>
            <numerusform>Đã sao chép %n liên kết kích hoạt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BulkOperation</name>
    <message>
        <source>The server sent no result for this item.</source>
        <translation>Máy chủ không gửi kết quả cho mục này.</translation>
    </message>
</context>
<context>
    <name>BulkResultDialog</name>
    <message>
        <source>%1 — Result</source>
        <translation>%1 — Kết quả</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Tóm tắt</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Mục</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Chi tiết</translation>
    </message>
    <message>
        <source>%1 done</source>
        <translation>%1 hoàn tất</translation>
    </message>
    <message>
        <source>%1 skipped</source>
        <translation>%1 bỏ qua</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>%1 không thành công</translation>
    </message>
    <message>
        <source>Nothing to do</source>
        <translation>Không có gì để làm</translation>
    </message>
    <message>
        <source> — the failed ones stay checked, so that you can try them again.</source>
        <translation> — các mục không thành công vẫn được đánh dấu để bạn có thể thử lại.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hoàn tất</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Đã bỏ qua</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Không thành công</translation>
    </message>
</context>
<context>
    <name>ChangeUserRoleDialog</name>
    <message>
        <source>Change User Role</source>
        <translation>Đổi vai trò người dùng</translation>
    </message>
    <message>
        <source>Change Role</source>
        <translation>Đổi vai trò</translation>
    </message>
    <message>
        <source>Select a new role for this user.</source>
        <translation>Chọn vai trò mới cho người dùng này.</translation>
    </message>
    <message>
        <source>Select a new role for these %1 users.</source>
        <translation>Chọn vai trò mới cho %1 người dùng này.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Owner (transfer ownership)</source>
        <translation>Chủ sở hữu (chuyển quyền sở hữu)</translation>
    </message>
    <message>
        <source>You become Admin; the chosen member becomes the Owner.</source>
        <translation>Bạn trở thành Quản trị viên; thành viên được chọn trở thành Chủ sở hữu.</translation>
    </message>
    <message>
        <source>New role</source>
        <translation>Vai trò mới</translation>
    </message>
    <message>
        <source>Select a role…</source>
        <translation>Chọn một vai trò…</translation>
    </message>
    <message>
        <source>&amp;New role:</source>
        <translation>Vai trò &amp;mới:</translation>
    </message>
    <message>
        <source>Roles you cannot give</source>
        <translation>Các vai trò bạn không thể cấp</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Người dùng</translation>
    </message>
    <message>
        <source>Full Name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Current Role</source>
        <translation>Vai trò hiện tại</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Nhóm</translation>
    </message>
    <message>
        <source>&amp;Take them out of these teams</source>
        <translation>&amp;Đưa họ ra khỏi các nhóm này</translation>
    </message>
    <message>
        <source>Take them out of these teams</source>
        <translation>Đưa họ ra khỏi các nhóm này</translation>
    </message>
    <message>
        <source>Already %1</source>
        <translation>Đã là %1</translation>
    </message>
    <message>
        <source>In teams: %1</source>
        <translation>Thuộc nhóm: %1</translation>
    </message>
    <message>
        <source>A Billing Manager belongs to no team or project. These users are in teams:
%1</source>
        <translation>Người quản lý thanh toán không thuộc nhóm hay dự án nào. Những người dùng này đang ở trong các nhóm:
%1</translation>
    </message>
    <message>
        <source>Ownership is transferred: you become Admin.</source>
        <translation>Quyền sở hữu được chuyển: bạn trở thành Quản trị viên.</translation>
    </message>
    <message>
        <source>None of the checked users can be given this role.</source>
        <translation>Không người dùng nào được đánh dấu có thể nhận vai trò này.</translation>
    </message>
    <message>
        <source>%1 of %2 users are changed; the others are left out (shown greyed).</source>
        <translation>%1 trong %2 người dùng được thay đổi; những người còn lại bị bỏ qua (hiển thị màu xám).</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Transfer Ownership</source>
        <translation>Chuyển quyền sở hữu</translation>
    </message>
    <message>
        <source>Make %1 the Owner of the organization?

You, the current Owner, become Admin. Only the new Owner can give ownership back.</source>
        <translation>Đặt %1 làm Chủ sở hữu của tổ chức?

Bạn, Chủ sở hữu hiện tại, sẽ trở thành Quản trị viên. Chỉ Chủ sở hữu mới mới có thể trả lại quyền sở hữu.</translation>
    </message>
    <message>
        <source>%1 is not available: %2</source>
        <translation>%1 không khả dụng: %2</translation>
    </message>
</context>
<context>
    <name>CheckBoxHeaderView</name>
    <message>
        <source>Column headers</source>
        <translation>Tiêu đề cột</translation>
    </message>
</context>
<context>
    <name>ClientError</name>
    <message>
        <source>%1 The server says: %2</source>
        <translation>%1 Máy chủ cho biết: %2</translation>
    </message>
    <message>
        <source>The server could not understand the request (400 Bad Request).</source>
        <translation>Máy chủ không hiểu yêu cầu (400 Bad Request).</translation>
    </message>
    <message>
        <source>The API token is not valid (401 Unauthorized): it may have been revoked or mistyped. Sign in again with a valid token.</source>
        <translation>Token API không hợp lệ (401 Unauthorized): có thể token đã bị thu hồi hoặc nhập sai. Hãy đăng nhập lại bằng một token hợp lệ.</translation>
    </message>
    <message>
        <source>You are not allowed to do this (403 Forbidden). User Management needs the Owner or Admin role.</source>
        <translation>Bạn không được phép thực hiện thao tác này (403 Forbidden). Quản lý người dùng cần vai trò Chủ sở hữu hoặc Quản trị viên.</translation>
    </message>
    <message>
        <source>The server does not know this organization or record (404 Not Found). It may have been deleted; refresh the lists.</source>
        <translation>Máy chủ không biết tổ chức hoặc bản ghi này (404 Not Found). Có thể nó đã bị xóa; hãy làm mới danh sách.</translation>
    </message>
    <message>
        <source>The change conflicts with the current state on the server (409 Conflict). Refresh the lists and try again.</source>
        <translation>Thay đổi xung đột với trạng thái hiện tại trên máy chủ (409 Conflict). Hãy làm mới danh sách rồi thử lại.</translation>
    </message>
    <message>
        <source>The request is too large for the server (413 Content Too Large). Send fewer items at once.</source>
        <translation>Yêu cầu quá lớn đối với máy chủ (413 Content Too Large). Hãy gửi ít mục hơn mỗi lần.</translation>
    </message>
    <message>
        <source>The server refused the request as invalid (422 Unprocessable Content).</source>
        <translation>Máy chủ từ chối yêu cầu vì không hợp lệ (422 Unprocessable Content).</translation>
    </message>
    <message>
        <source>The server is receiving too many requests (429 Too Many Requests). Try again in 1 second.</source>
        <translation>Máy chủ đang nhận quá nhiều yêu cầu (429 Too Many Requests). Hãy thử lại sau 1 giây.</translation>
    </message>
    <message>
        <source>The server is receiving too many requests (429 Too Many Requests). Try again in a moment.</source>
        <translation>Máy chủ đang nhận quá nhiều yêu cầu (429 Too Many Requests). Hãy thử lại sau giây lát.</translation>
    </message>
    <message>
        <source>The server had a problem and could not answer (%1). Try again later; if it persists, contact the server&apos;s administrator.</source>
        <translation>Máy chủ gặp sự cố và không thể phản hồi (%1). Hãy thử lại sau; nếu vẫn còn lỗi, hãy liên hệ quản trị viên của máy chủ.</translation>
    </message>
    <message>
        <source>The server refused the request (HTTP status %1).</source>
        <translation>Máy chủ đã từ chối yêu cầu (mã trạng thái HTTP %1).</translation>
    </message>
    <message>
        <source>The server refused the connection: it does not seem to be running at this address.</source>
        <translation>Máy chủ từ chối kết nối: có vẻ máy chủ không chạy tại địa chỉ này.</translation>
    </message>
    <message>
        <source>The server name &quot;%1&quot; was not found. Check the address and your network connection.</source>
        <translation>Không tìm thấy tên máy chủ “%1”. Hãy kiểm tra địa chỉ và kết nối mạng của bạn.</translation>
    </message>
    <message>
        <source>The server cannot be reached: %1</source>
        <translation>Không thể kết nối tới máy chủ: %1</translation>
    </message>
    <message>
        <source>The server did not answer within 1 second. Check your network connection and try again.</source>
        <translation>Máy chủ không phản hồi trong vòng 1 giây. Hãy kiểm tra kết nối mạng rồi thử lại.</translation>
    </message>
    <message>
        <source>A secure connection to the server could not be established: %1</source>
        <translation>Không thể thiết lập kết nối an toàn tới máy chủ: %1</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted, so the connection was not made: %1</source>
        <translation>Chứng chỉ của máy chủ không đáng tin cậy nên kết nối không được thực hiện: %1</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read (%1). Is this address a TestOps server of a compatible version?</source>
        <translation>Không thể đọc phản hồi của máy chủ (%1). Địa chỉ này có phải là máy chủ TestOps với phiên bản tương thích không?</translation>
    </message>
    <message>
        <source>The request was canceled.</source>
        <translation>Yêu cầu đã bị hủy.</translation>
    </message>
    <message>
        <source>No server address is set.</source>
        <translation>Chưa đặt địa chỉ máy chủ.</translation>
    </message>
    <message>
        <source>The server address &quot;%1&quot; is not an http:// or https:// address.</source>
        <translation>Địa chỉ máy chủ “%1” không phải là địa chỉ http:// hoặc https://.</translation>
    </message>
    <message numerus="yes">
        <source>The server is receiving too many requests (429 Too Many Requests). Try again in %n seconds.</source>
        <translation>
            <numerusform>Máy chủ đang nhận quá nhiều yêu cầu (429 Too Many Requests). Hãy thử lại sau %n giây.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server did not answer within %n seconds. Check your network connection and try again.</source>
        <translation>
            <numerusform>Máy chủ không phản hồi trong vòng %n giây. Hãy kiểm tra kết nối mạng rồi thử lại.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Manage the people of a TestOps organization: invite, revoke, remove, change roles, export.</source>
        <translation>Quản lý thành viên của một tổ chức TestOps: mời, thu hồi, xóa, đổi vai trò, xuất dữ liệu.</translation>
    </message>
    <message>
        <source>Start the bundled server with the local demonstration organization and connect to it.</source>
        <translation>Khởi động máy chủ đi kèm với tổ chức minh họa cục bộ và kết nối tới đó.</translation>
    </message>
    <message>
        <source>Keep the local organization&apos;s database in &lt;dir&gt; (default: the application data folder).</source>
        <translation>Lưu cơ sở dữ liệu của tổ chức cục bộ trong &lt;dir&gt; (mặc định: thư mục dữ liệu của ứng dụng).</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>dir</translation>
    </message>
    <message>
        <source>Connect to the TestOps server at &lt;url&gt;; the token comes from the system keychain, or is asked for.</source>
        <translation>Kết nối tới máy chủ TestOps tại &lt;url&gt;; token được lấy từ chuỗi khóa của hệ thống hoặc sẽ được hỏi.</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>Manage the organization with id &lt;id&gt; (default: the first one).</source>
        <translation>Quản lý tổ chức có mã định danh &lt;id&gt; (mặc định: tổ chức đầu tiên).</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>--server needs an http or https URL with a host, e.g. https://testops.example.com.</source>
        <translation>--server cần một URL http hoặc https có tên máy chủ, ví dụ https://testops.example.com.</translation>
    </message>
    <message>
        <source>--local and --server exclude each other.</source>
        <translation>Không thể dùng đồng thời --local và --server.</translation>
    </message>
    <message>
        <source>--org needs a positive organization id.</source>
        <translation>--org cần một mã tổ chức là số dương.</translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <source>Connect to TestOps</source>
        <translation>Kết nối tới TestOps</translation>
    </message>
    <message>
        <source>&amp;Local organization</source>
        <translation>Tổ chức &amp;cục bộ</translation>
    </message>
    <message>
        <source>Local organization</source>
        <translation>Tổ chức cục bộ</translation>
    </message>
    <message>
        <source>Starts the bundled server on this computer with demonstration data.</source>
        <translation>Khởi động máy chủ đi kèm trên máy tính này với dữ liệu minh họa.</translation>
    </message>
    <message>
        <source>Starts the bundled server on this computer, with demonstration data on first use.</source>
        <translation>Khởi động máy chủ đi kèm trên máy tính này, với dữ liệu minh họa trong lần dùng đầu tiên.</translation>
    </message>
    <message>
        <source>&amp;Server</source>
        <translation>&amp;Máy chủ</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Máy chủ</translation>
    </message>
    <message>
        <source>Server URL</source>
        <translation>URL máy chủ</translation>
    </message>
    <message>
        <source>API token</source>
        <translation>Token API</translation>
    </message>
    <message>
        <source>Paste the token of an Owner or Admin</source>
        <translation>Dán token của một Chủ sở hữu hoặc Quản trị viên</translation>
    </message>
    <message>
        <source>Server &amp;URL:</source>
        <translation>&amp;URL máy chủ:</translation>
    </message>
    <message>
        <source>API &amp;token:</source>
        <translation>&amp;Token API:</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Kết nối</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Kết nối</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Enter the address of the TestOps server.</source>
        <translation>Nhập địa chỉ của máy chủ TestOps.</translation>
    </message>
    <message>
        <source>The server URL must start with https:// or http:// and name a host.</source>
        <translation>URL máy chủ phải bắt đầu bằng https:// hoặc http:// và có tên máy chủ.</translation>
    </message>
    <message>
        <source>Enter an API token. It is kept in the system keychain, never in a file.</source>
        <translation>Nhập token API. Token được lưu trong chuỗi khóa của hệ thống, không bao giờ lưu trong tệp.</translation>
    </message>
    <message>
        <source>Clear server URL</source>
        <translation>Xóa URL máy chủ</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>Tệp %1 không tồn tại.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file.</source>
        <translation>%1 là một thư mục, không phải tệp.</translation>
    </message>
    <message>
        <source>The file %1 is %2 MB; files of up to %3 MB can be imported. Split it into smaller files.</source>
        <translation>Tệp %1 có dung lượng %2 MB; chỉ có thể nhập tệp tối đa %3 MB. Hãy chia nó thành các tệp nhỏ hơn.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Không thể đọc %1: %2</translation>
    </message>
    <message>
        <source>The file %1 is larger than %2 MB; split it into smaller files.</source>
        <translation>Tệp %1 lớn hơn %2 MB; hãy chia nó thành các tệp nhỏ hơn.</translation>
    </message>
    <message>
        <source>The quoted field that starts on line %1 has no closing quote (&quot;).</source>
        <translation>Trường trong dấu ngoặc kép bắt đầu ở dòng %1 không có dấu ngoặc kép đóng (&quot;).</translation>
    </message>
    <message>
        <source>This is not a text file: save the spreadsheet as “CSV UTF-8” or as tab-separated text, then import that file.</source>
        <translation>Đây không phải là tệp văn bản: hãy lưu bảng tính dưới dạng “CSV UTF-8” hoặc văn bản phân cách bằng tab, rồi nhập tệp đó.</translation>
    </message>
    <message>
        <source>This file is not UTF-8 text (perhaps a spreadsheet&apos;s older “CSV” format): save it as “CSV UTF-8” and import it again.</source>
        <translation>Tệp này không phải là văn bản UTF-8 (có thể là định dạng “CSV” cũ của bảng tính): hãy lưu nó dưới dạng “CSV UTF-8” và nhập lại.</translation>
    </message>
    <message>
        <source>This UTF-16 text file is damaged: it ends in the middle of a character or holds an unpaired surrogate.</source>
        <translation>Tệp văn bản UTF-16 này bị hỏng: nó kết thúc giữa một ký tự hoặc chứa một surrogate không ghép cặp.</translation>
    </message>
</context>
<context>
    <name>DateText</name>
    <message>
        <source>just now</source>
        <translation>vừa xong</translation>
    </message>
    <message>
        <source>in 1 minute</source>
        <translation>1 phút nữa</translation>
    </message>
    <message numerus="yes">
        <source>in %n minutes</source>
        <translation>
            <numerusform>%n phút nữa</numerusform>
        </translation>
    </message>
    <message>
        <source>1 minute ago</source>
        <translation>1 phút trước</translation>
    </message>
    <message numerus="yes">
        <source>%n minutes ago</source>
        <translation>
            <numerusform>%n phút trước</numerusform>
        </translation>
    </message>
    <message>
        <source>in 1 hour</source>
        <translation>1 giờ nữa</translation>
    </message>
    <message numerus="yes">
        <source>in %n hours</source>
        <translation>
            <numerusform>%n giờ nữa</numerusform>
        </translation>
    </message>
    <message>
        <source>1 hour ago</source>
        <translation>1 giờ trước</translation>
    </message>
    <message numerus="yes">
        <source>%n hours ago</source>
        <translation>
            <numerusform>%n giờ trước</numerusform>
        </translation>
    </message>
    <message>
        <source>in 1 day</source>
        <translation>1 ngày nữa</translation>
    </message>
    <message numerus="yes">
        <source>in %n days</source>
        <translation>
            <numerusform>%n ngày nữa</numerusform>
        </translation>
    </message>
    <message>
        <source>1 day ago</source>
        <translation>1 ngày trước</translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>%n ngày trước</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EmailAddress</name>
    <message>
        <source>The part before @ is empty.</source>
        <translation>Phần trước @ đang trống.</translation>
    </message>
    <message>
        <source>The part before @ is longer than 64 characters.</source>
        <translation>Phần trước @ dài hơn 64 ký tự.</translation>
    </message>
    <message>
        <source>Quoted addresses such as &quot;john doe&quot;@example.com are not supported.</source>
        <translation>Không hỗ trợ địa chỉ có dấu ngoặc kép như &quot;john doe&quot;@example.com.</translation>
    </message>
    <message>
        <source>The part before @ starts with a dot.</source>
        <translation>Phần trước @ bắt đầu bằng dấu chấm.</translation>
    </message>
    <message>
        <source>The part before @ ends with a dot.</source>
        <translation>Phần trước @ kết thúc bằng dấu chấm.</translation>
    </message>
    <message>
        <source>The part before @ has two dots in a row.</source>
        <translation>Phần trước @ có hai dấu chấm liền nhau.</translation>
    </message>
    <message>
        <source>The part before @ contains %1, which is not allowed in an address.</source>
        <translation>Phần trước @ chứa %1, ký tự không được phép trong địa chỉ.</translation>
    </message>
    <message>
        <source>The domain %1 is an IP address; a domain name is needed.</source>
        <translation>Tên miền %1 là một địa chỉ IP; cần có tên miền.</translation>
    </message>
    <message>
        <source>The domain %1 needs at least two parts, as in example.com.</source>
        <translation>Tên miền %1 cần ít nhất hai phần, như example.com.</translation>
    </message>
    <message>
        <source>The domain %1 has an empty part between dots.</source>
        <translation>Tên miền %1 có một phần trống giữa hai dấu chấm.</translation>
    </message>
    <message>
        <source>The domain %1 has a part longer than 63 characters.</source>
        <translation>Tên miền %1 có một phần dài hơn 63 ký tự.</translation>
    </message>
    <message>
        <source>The domain %1 contains %2, which is not allowed.</source>
        <translation>Tên miền %1 chứa %2, ký tự không được phép.</translation>
    </message>
    <message>
        <source>The domain %1 has a part that starts or ends with a hyphen.</source>
        <translation>Tên miền %1 có một phần bắt đầu hoặc kết thúc bằng dấu gạch nối.</translation>
    </message>
    <message>
        <source>The domain %1 does not end in a valid top-level domain.</source>
        <translation>Tên miền %1 không kết thúc bằng một tên miền cấp cao nhất hợp lệ.</translation>
    </message>
    <message>
        <source>The address is empty.</source>
        <translation>Địa chỉ đang trống.</translation>
    </message>
    <message>
        <source>The address contains a space.</source>
        <translation>Địa chỉ chứa dấu cách.</translation>
    </message>
    <message>
        <source>The address contains an invisible character (%1).</source>
        <translation>Địa chỉ chứa một ký tự vô hình (%1).</translation>
    </message>
    <message>
        <source>An address needs exactly one @.</source>
        <translation>Địa chỉ cần có đúng một ký tự @.</translation>
    </message>
    <message>
        <source>The part after @ is empty.</source>
        <translation>Phần sau @ đang trống.</translation>
    </message>
    <message>
        <source>Addresses with an IP address in brackets, such as user@[192.0.2.1], are not accepted.</source>
        <translation>Không chấp nhận địa chỉ có địa chỉ IP trong dấu ngoặc vuông, như user@[192.0.2.1].</translation>
    </message>
    <message>
        <source>The domain %1 is not valid.</source>
        <translation>Tên miền %1 không hợp lệ.</translation>
    </message>
    <message>
        <source>The address is longer than 254 characters.</source>
        <translation>Địa chỉ dài hơn 254 ký tự.</translation>
    </message>
    <message>
        <source>A comment in parentheses inside an address is not supported.</source>
        <translation>Không hỗ trợ chú thích trong dấu ngoặc đơn bên trong một địa chỉ.</translation>
    </message>
    <message>
        <source>Text follows the address in angle brackets without a separator. Separate addresses with a comma.</source>
        <translation>Có văn bản nối liền sau địa chỉ trong dấu ngoặc nhọn mà không có dấu phân cách. Hãy phân cách các địa chỉ bằng dấu phẩy.</translation>
    </message>
    <message>
        <source>The name before the address in angle brackets contains an @. Put the name in quotes, or separate addresses with a comma.</source>
        <translation>Tên đứng trước địa chỉ trong dấu ngoặc nhọn có chứa @. Hãy đặt tên trong dấu ngoặc kép, hoặc phân cách các địa chỉ bằng dấu phẩy.</translation>
    </message>
    <message>
        <source>The angle brackets hold no address.</source>
        <translation>Trong dấu ngoặc nhọn không có địa chỉ nào.</translation>
    </message>
    <message>
        <source>The group name before the colon contains an @. Separate addresses with a comma.</source>
        <translation>Tên nhóm trước dấu hai chấm có chứa @. Hãy phân cách các địa chỉ bằng dấu phẩy.</translation>
    </message>
    <message>
        <source>The domain %1 has a part with hyphens in the third and fourth places, which only international names written as xn--… may have.</source>
        <translation>Tên miền %1 có một phần mang dấu gạch nối ở vị trí thứ ba và thứ tư, điều chỉ tên quốc tế viết dạng xn--… mới được có.</translation>
    </message>
    <message>
        <source>The domain %1 has a part that starts with a combining mark.</source>
        <translation>Tên miền %1 có một phần bắt đầu bằng một dấu kết hợp.</translation>
    </message>
    <message>
        <source>The domain %1 has a part written as xn--… that is not a valid international name.</source>
        <translation>Tên miền %1 có một phần viết dạng xn--… không phải là tên quốc tế hợp lệ.</translation>
    </message>
    <message>
        <source>The domain %1 ends in “.%2”, a name reserved for special use that cannot receive invitations.</source>
        <translation>Tên miền %1 kết thúc bằng “.%2”, một tên dành riêng cho mục đích đặc biệt nên không thể nhận lời mời.</translation>
    </message>
</context>
<context>
    <name>EmailChip</name>
    <message>
        <source>Valid address</source>
        <translation>Địa chỉ hợp lệ</translation>
    </message>
    <message>
        <source>Valid address, sent as %1</source>
        <translation>Địa chỉ hợp lệ, được gửi dưới dạng %1</translation>
    </message>
    <message>
        <source>%1, valid</source>
        <translation>%1, hợp lệ</translation>
    </message>
    <message>
        <source>%1, invalid: %2</source>
        <translation>%1, không hợp lệ: %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>address, note such as already a member</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Xóa %1</translation>
    </message>
</context>
<context>
    <name>EmailChipsEdit</name>
    <message>
        <source>Email addresses</source>
        <translation>Địa chỉ email</translation>
    </message>
    <message>
        <source>Addresses entered</source>
        <translation>Các địa chỉ đã nhập</translation>
    </message>
    <message>
        <source>Type or paste email addresses…</source>
        <translation>Nhập hoặc dán địa chỉ email…</translation>
    </message>
    <message>
        <source>Separate addresses with a comma, space, Tab or Enter; Backspace selects the last address, Left and Right move between addresses.</source>
        <translation>Phân tách các địa chỉ bằng dấu phẩy, dấu cách, Tab hoặc Enter; Backspace chọn địa chỉ cuối cùng, phím mũi tên trái và phải di chuyển giữa các địa chỉ.</translation>
    </message>
    <message>
        <source>%1 is already in the list.</source>
        <translation>%1 đã có trong danh sách.</translation>
    </message>
    <message numerus="yes">
        <source>%n addresses were already in the list; each is kept once.</source>
        <translation>
            <numerusform>%n địa chỉ đã có trong danh sách; mỗi địa chỉ chỉ được giữ một lần.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportUsersRunner</name>
    <message>
        <source>Export Users</source>
        <translation>Xuất người dùng</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Tệp CSV (*.csv);;Tất cả các tệp (*)</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 đã tồn tại.
Bạn có muốn thay thế không?</translation>
    </message>
    <message numerus="yes">
        <source>Exporting %Ln users to %1…</source>
        <translation>
            <numerusform>Đang xuất %Ln người dùng vào %1…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message numerus="yes">
        <source>Exporting %Ln users…</source>
        <translation>
            <numerusform>Đang xuất %Ln người dùng…</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported 1 user to %1</source>
        <translation>Đã xuất 1 người dùng vào %1</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln users to %1</source>
        <translation>
            <numerusform>Đã xuất %Ln người dùng vào %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Export canceled; no file was written.</source>
        <translation>Đã hủy xuất; không có tệp nào được ghi.</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Xuất không thành công: %1</translation>
    </message>
</context>
<context>
    <name>InviteImport</name>
    <message>
        <source>The file is empty: it has no rows to import.</source>
        <translation>Tệp trống: không có dòng nào để nhập.</translation>
    </message>
    <message>
        <source>The first row names columns, but none of them is the email address, and no column holds addresses: name that column “Email”.</source>
        <translation>Dòng đầu tiên đặt tên cho các cột, nhưng không cột nào là địa chỉ email và không cột nào chứa địa chỉ: hãy đặt tên cột đó là “Email”.</translation>
    </message>
    <message>
        <source>No column of this file holds email addresses. Put the addresses in a column named “Email”, one per row.</source>
        <translation>Không có cột nào trong tệp này chứa địa chỉ email. Hãy đặt các địa chỉ vào một cột tên “Email”, mỗi dòng một địa chỉ.</translation>
    </message>
    <message>
        <source>The file has a header row but no rows of people under it.</source>
        <translation>Tệp có dòng tiêu đề nhưng không có dòng người nào bên dưới.</translation>
    </message>
    <message>
        <source>The row has no email address.</source>
        <translation>Dòng này không có địa chỉ email.</translation>
    </message>
    <message>
        <source>The cell holds %1 addresses; put one address on each row.</source>
        <translation>Ô này chứa %1 địa chỉ; hãy đặt mỗi dòng một địa chỉ.</translation>
    </message>
    <message>
        <source>The same address as on line %1.</source>
        <translation>Cùng địa chỉ với dòng %1.</translation>
    </message>
    <message>
        <source>“%1” is not a role: use Admin, Billing Manager or Member.</source>
        <translation>“%1” không phải là vai trò: hãy dùng Quản trị viên, Người quản lý thanh toán hoặc Thành viên.</translation>
    </message>
    <message>
        <source>The organization has no license %1.</source>
        <translation>Tổ chức không có giấy phép %1.</translation>
    </message>
</context>
<context>
    <name>InviteResultsWidget</name>
    <message>
        <source>Result per address</source>
        <translation>Kết quả theo từng địa chỉ</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Đã mời</translation>
    </message>
    <message>
        <source>Already a member — not invited</source>
        <translation>Đã là thành viên — không mời</translation>
    </message>
    <message>
        <source>Already invited — no second invitation</source>
        <translation>Đã được mời — không gửi lời mời thứ hai</translation>
    </message>
    <message>
        <source>Invalid address</source>
        <translation>Địa chỉ không hợp lệ</translation>
    </message>
    <message>
        <source>Invalid address: %1</source>
        <translation>Địa chỉ không hợp lệ: %1</translation>
    </message>
    <message>
        <source>No seats left</source>
        <translation>Hết chỗ</translation>
    </message>
    <message>
        <source>No seats left: %1</source>
        <translation>Hết chỗ: %1</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Không thành công: %1</translation>
    </message>
    <message>
        <source>Failed: the server gave no reason</source>
        <translation>Không thành công: máy chủ không nêu lý do</translation>
    </message>
    <message>
        <source>Sent as %1</source>
        <translation>Đã gửi dưới dạng %1</translation>
    </message>
    <message>
        <source>The invitation sent before still holds. To send its link again, use Resend on Pending Invitations.</source>
        <translation>Lời mời đã gửi trước đó vẫn còn hiệu lực. Để gửi lại liên kết, hãy dùng Gửi lại trong Lời mời đang chờ.</translation>
    </message>
    <message>
        <source>Invalid address, not sent: %1</source>
        <translation>Địa chỉ không hợp lệ, chưa gửi: %1</translation>
    </message>
    <message>
        <source>1 invited</source>
        <translation>1 đã mời</translation>
    </message>
    <message>
        <source>1 already a member</source>
        <translation>1 đã là thành viên</translation>
    </message>
    <message>
        <source>1 already invited</source>
        <translation>1 đã được mời</translation>
    </message>
    <message>
        <source>1 invalid</source>
        <translation>1 không hợp lệ</translation>
    </message>
    <message>
        <source>1 without a seat</source>
        <translation>1 không có chỗ</translation>
    </message>
    <message>
        <source>1 failed</source>
        <translation>1 không thành công</translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation>Không có gì được gửi.</translation>
    </message>
    <message>
        <source>Already invited — a new link was sent</source>
        <translation>Đã được mời — đã gửi liên kết mới</translation>
    </message>
    <message>
        <source>Already invited — not sent again: %1</source>
        <translation>Đã được mời — không gửi lại: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln invited</source>
        <translation>
            <numerusform>%Ln đã mời</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln already members</source>
        <translation>
            <numerusform>%Ln đã là thành viên</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln already invited</source>
        <translation>
            <numerusform>%Ln đã được mời</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln invalid</source>
        <translation>
            <numerusform>%Ln không hợp lệ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln without a seat</source>
        <translation>
            <numerusform>%Ln không có chỗ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln failed</source>
        <translation>
            <numerusform>%Ln không thành công</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InviteUsersDialog</name>
    <message>
        <source>Invite Users</source>
        <translation>Mời người dùng</translation>
    </message>
    <message>
        <source>Sending the invitations</source>
        <translation>Đang gửi lời mời</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Quay lại</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Tiếp</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Xác nhận</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>already invited — resend?</source>
        <translation>đã được mời — gửi lại?</translation>
    </message>
    <message>
        <source>already a member</source>
        <translation>đã là thành viên</translation>
    </message>
    <message>
        <source>Discard the addresses you entered?</source>
        <translation>Bỏ các địa chỉ bạn đã nhập?</translation>
    </message>
    <message>
        <source>Enter the email addresses of the people to invite.</source>
        <translation>Nhập địa chỉ email của những người cần mời.</translation>
    </message>
    <message>
        <source>&amp;Email addresses:</source>
        <translation>Địa chỉ &amp;email:</translation>
    </message>
    <message>
        <source>Separate addresses with a comma, space, tab or Enter, or paste a list from a mail client or a spreadsheet.</source>
        <translation>Phân tách các địa chỉ bằng dấu phẩy, dấu cách, tab hoặc Enter, hoặc dán danh sách từ ứng dụng email hay bảng tính.</translation>
    </message>
    <message>
        <source>&amp;Role of the invitees:</source>
        <translation>&amp;Vai trò của người được mời:</translation>
    </message>
    <message>
        <source>Role of the invitees</source>
        <translation>Vai trò của người được mời</translation>
    </message>
    <message>
        <source>Assign licenses to your users.</source>
        <translation>Cấp giấy phép cho người dùng của bạn.</translation>
    </message>
    <message>
        <source>Switch the toggle on to select the product licenses.</source>
        <translation>Bật công tắc để chọn giấy phép sản phẩm.</translation>
    </message>
    <message>
        <source>The invitations could not be sent. %1
Everything you entered is kept; press Confirm to try again.</source>
        <translation>Không thể gửi lời mời. %1
Mọi thứ bạn đã nhập vẫn được giữ; nhấn Xác nhận để thử lại.</translation>
    </message>
    <message>
        <source>1 will be invited</source>
        <translation>1 người sẽ được mời</translation>
    </message>
    <message>
        <source>1 invalid address will be left out.</source>
        <translation>1 địa chỉ không hợp lệ sẽ bị bỏ qua.</translation>
    </message>
    <message>
        <source>1 is already a member and will not be invited.</source>
        <translation>1 người đã là thành viên và sẽ không được mời.</translation>
    </message>
    <message>
        <source>1 is already invited: no second invitation (Resend is on Pending Invitations).</source>
        <translation>1 người đã được mời: không gửi lời mời thứ hai (Gửi lại nằm trong Lời mời đang chờ).</translation>
    </message>
    <message>
        <source>1 person will be invited as %1.</source>
        <translation>1 người sẽ được mời với vai trò %1.</translation>
    </message>
    <message>
        <source>Enter at least one valid email address.</source>
        <translation>Nhập ít nhất một địa chỉ email hợp lệ.</translation>
    </message>
    <message>
        <source>Stop sending; everything you entered is kept</source>
        <translation>Dừng gửi; mọi thứ bạn đã nhập vẫn được giữ</translation>
    </message>
    <message>
        <source>Retry Those Not Invited</source>
        <translation>Thử lại với những người chưa được mời</translation>
    </message>
    <message>
        <source>Sending the invitations…</source>
        <translation>Đang gửi lời mời…</translation>
    </message>
    <message>
        <source>Resend to Those Already Invited</source>
        <translation>Gửi lại cho những người đã được mời</translation>
    </message>
    <message>
        <source>Sending new links…</source>
        <translation>Đang gửi liên kết mới…</translation>
    </message>
    <message>
        <source>The new links could not be sent. %1
Press Resend to try again; a repeat sends each link once more at most.</source>
        <translation>Không thể gửi các liên kết mới. %1
Nhấn “Gửi lại cho những người đã được mời” để thử lại; mỗi lần thử lại chỉ gửi mỗi liên kết thêm tối đa một lần.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln will be invited</source>
        <translation>
            <numerusform>%Ln người sẽ được mời</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln invalid addresses will be left out.</source>
        <translation>
            <numerusform>%Ln địa chỉ không hợp lệ sẽ bị bỏ qua.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln are already members and will not be invited.</source>
        <translation>
            <numerusform>%Ln người đã là thành viên và sẽ không được mời.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln are already invited: no second invitation (Resend is on Pending Invitations).</source>
        <translation>
            <numerusform>%Ln người đã được mời: không gửi lời mời thứ hai (Gửi lại nằm trong Lời mời đang chờ).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln people will be invited as %1.</source>
        <translation>
            <numerusform>%Ln người sẽ được mời với vai trò %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Canceled. The server may have received the request already; sending again is safe: what was done already is reported as such.</source>
        <translation>Đã hủy. Máy chủ có thể đã nhận được yêu cầu; gửi lại vẫn an toàn: những gì đã thực hiện sẽ được báo như vậy.</translation>
    </message>
    <message>
        <source>not sent: %1</source>
        <translation>chưa gửi: %1</translation>
    </message>
    <message>
        <source>1 invitation could not be sent. %1
Press Retry Those Not Invited to send it again.</source>
        <translation>Không thể gửi 1 lời mời. %1
Nhấn “Thử lại với những người chưa được mời” để gửi lại.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln invitations could not be sent. %1
Press Retry Those Not Invited to send them again.</source>
        <translation>
            <numerusform>Không thể gửi %Ln lời mời. %1
Nhấn “Thử lại với những người chưa được mời” để gửi lại.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InviteUsersSender</name>
    <message>
        <source>The organization was closed. Open it again, then try once more.</source>
        <translation>Tổ chức đã bị đóng. Hãy mở lại rồi thử lại.</translation>
    </message>
    <message>
        <source>The organization was closed before the server answered. The server may have received the request already.</source>
        <translation>Tổ chức đã bị đóng trước khi máy chủ trả lời. Máy chủ có thể đã nhận được yêu cầu.</translation>
    </message>
</context>
<context>
    <name>JsonCodec</name>
    <message>
        <source>The server reported “%1”.</source>
        <translation>Máy chủ báo: “%1”.</translation>
    </message>
</context>
<context>
    <name>LanguageDialog</name>
    <message>
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Ngôn ngữ giao diện</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Mặc định của hệ thống</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Ngôn ngữ:</translation>
    </message>
    <message>
        <source>The language applies when the app starts.</source>
        <translation>Ngôn ngữ được áp dụng khi ứng dụng khởi động.</translation>
    </message>
    <message>
        <source>The new language applies when you restart the app.</source>
        <translation>Ngôn ngữ mới sẽ được áp dụng khi bạn khởi động lại ứng dụng.</translation>
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
        <translation>Giấy phép %1</translation>
    </message>
    <message>
        <source>The organization has no license products; the invitees join without licenses.</source>
        <translation>Tổ chức không có sản phẩm cần giấy phép; người được mời sẽ tham gia mà không có giấy phép.</translation>
    </message>
    <message>
        <source>%1: 1 invitation needs a seat, %2 available</source>
        <translation>%1: 1 lời mời cần một chỗ, còn trống %2</translation>
    </message>
    <message>
        <source>%1 of 1 seat available</source>
        <translation>Còn trống %1 trong 1 chỗ</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln invitations need seats, %2 available</source>
        <translation>
            <numerusform>%1: %Ln lời mời cần chỗ, còn trống %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln seats available</source>
        <translation>
            <numerusform>Còn trống %1 trong %Ln chỗ</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LocalCache</name>
    <message>
        <source>The local cache cannot be used: the SQLite driver of Qt is missing.</source>
        <translation>Không thể dùng bộ nhớ đệm cục bộ: thiếu trình điều khiển SQLite của Qt.</translation>
    </message>
    <message>
        <source>The local cache %1 could not be opened.</source>
        <translation>Không thể mở bộ nhớ đệm cục bộ %1.</translation>
    </message>
    <message>
        <source>The local cache %1 is damaged or is not a cache file.</source>
        <translation>Bộ nhớ đệm cục bộ %1 bị hỏng hoặc không phải tệp bộ nhớ đệm.</translation>
    </message>
    <message>
        <source>The local cache %1 was written by a newer version of the app and is left untouched.</source>
        <translation>Bộ nhớ đệm cục bộ %1 được ghi bởi phiên bản mới hơn của ứng dụng nên được giữ nguyên.</translation>
    </message>
    <message>
        <source>The local cache %1 could not be prepared.</source>
        <translation>Không thể chuẩn bị bộ nhớ đệm cục bộ %1.</translation>
    </message>
    <message>
        <source>The lists could not be saved in the local cache %1.</source>
        <translation>Không thể lưu danh sách vào bộ nhớ đệm cục bộ %1.</translation>
    </message>
    <message>
        <source>The local cache %1 could not be read.</source>
        <translation>Không thể đọc bộ nhớ đệm cục bộ %1.</translation>
    </message>
</context>
<context>
    <name>LocalServer</name>
    <message>
        <source>The local organization cannot start: the server program %1 was not found beside the app. Reinstall TestOps User Management.</source>
        <translation>Không thể khởi động tổ chức cục bộ: không tìm thấy chương trình máy chủ %1 bên cạnh ứng dụng. Hãy cài đặt lại TestOps User Management.</translation>
    </message>
    <message>
        <source>The local organization cannot start: the data folder %1 could not be created.</source>
        <translation>Không thể khởi động tổ chức cục bộ: không thể tạo thư mục dữ liệu %1.</translation>
    </message>
    <message>
        <source>The local organization cannot start: %1</source>
        <translation>Không thể khởi động tổ chức cục bộ: %1</translation>
    </message>
    <message>
        <source>The local organization started, but no sign-in token could be made for %1: %2</source>
        <translation>Tổ chức cục bộ đã khởi động, nhưng không thể tạo token đăng nhập cho %1: %2</translation>
    </message>
    <message>
        <source>The local server stopped unexpectedly.</source>
        <translation>Máy chủ cục bộ đã dừng đột ngột.</translation>
    </message>
    <message>
        <source>The local server stopped (exit code %1).</source>
        <translation>Máy chủ cục bộ đã dừng (mã thoát %1).</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>User lists</source>
        <translation>Danh sách người dùng</translation>
    </message>
    <message>
        <source>User Management</source>
        <translation>Quản lý người dùng</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Cài đặt</translation>
    </message>
    <message>
        <source>&amp;Language…</source>
        <translation>&amp;Ngôn ngữ…</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Đang kết nối…</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Thao tác</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Làm mới</translation>
    </message>
    <message>
        <source>Load the lists again from the server (F5)</source>
        <translation>Tải lại danh sách từ máy chủ (F5)</translation>
    </message>
    <message>
        <source>Export Users</source>
        <translation>Xuất người dùng</translation>
    </message>
    <message>
        <source>Invite Users</source>
        <translation>Mời người dùng</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Máy chủ</translation>
    </message>
    <message>
        <source>Signed-in user</source>
        <translation>Người dùng đã đăng nhập</translation>
    </message>
    <message>
        <source>Refresh status</source>
        <translation>Trạng thái làm mới</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>Lựa chọn</translation>
    </message>
    <message>
        <source>Refresh progress</source>
        <translation>Tiến độ làm mới</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Kết nối</translation>
    </message>
    <message>
        <source>Connect to Another Server…</source>
        <translation>Kết nối tới máy chủ khác…</translation>
    </message>
    <message>
        <source>Connect to Another Server</source>
        <translation>Kết nối tới máy chủ khác</translation>
    </message>
    <message>
        <source>Role required</source>
        <translation>Cần có vai trò phù hợp</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Thông tin</translation>
    </message>
    <message>
        <source>User Management needs the Owner or Admin role.</source>
        <translation>Quản lý người dùng cần vai trò Chủ sở hữu hoặc Quản trị viên.</translation>
    </message>
    <message>
        <source>Use Another Token…</source>
        <translation>Dùng token khác…</translation>
    </message>
    <message>
        <source>Use Another Token</source>
        <translation>Dùng token khác</translation>
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
        <translation>Máy chủ: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>You are signed in as %1, whose role in this organization is %2. Ask its Owner or an Admin, or use the token of an Owner or Admin.</source>
        <translation>Bạn đang đăng nhập với tư cách %1, có vai trò %2 trong tổ chức này. Hãy nhờ Chủ sở hữu hoặc một Quản trị viên của tổ chức, hoặc dùng token của một Chủ sở hữu hoặc Quản trị viên.</translation>
    </message>
    <message>
        <source>Refreshing… %1 of %2</source>
        <translation>Đang làm mới… %1 / %2</translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation>Đang làm mới…</translation>
    </message>
    <message>
        <source>Refreshed at %1</source>
        <translation>Đã làm mới lúc %1</translation>
    </message>
    <message>
        <source>Offline — showing data from %1</source>
        <translation>Ngoại tuyến — đang hiển thị dữ liệu từ %1</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Ngoại tuyến</translation>
    </message>
    <message>
        <source>Offline — changes are possible again once the server answers.</source>
        <translation>Ngoại tuyến — có thể thay đổi lại khi máy chủ phản hồi.</translation>
    </message>
    <message>
        <source>Refresh failed</source>
        <translation>Làm mới không thành công</translation>
    </message>
    <message>
        <source>Offline — inviting needs the server.</source>
        <translation>Ngoại tuyến — cần máy chủ để gửi lời mời.</translation>
    </message>
    <message>
        <source>Invite people to the organization</source>
        <translation>Mời mọi người vào tổ chức</translation>
    </message>
    <message>
        <source>Save the Active Users and Removed Users lists as CSV</source>
        <translation>Lưu danh sách Người dùng đang hoạt động và Người dùng đã bị xóa dưới dạng CSV</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Trợ giúp</translation>
    </message>
    <message>
        <source>&amp;About TestOps User Management</source>
        <translation>&amp;Giới thiệu về TestOps User Management</translation>
    </message>
    <message>
        <source>More actions</source>
        <translation>Thao tác khác</translation>
    </message>
    <message>
        <source>Not a member of this organization</source>
        <translation>Không phải thành viên của tổ chức này</translation>
    </message>
    <message>
        <source>%1 is not a member of organization %2.</source>
        <translation>%1 không phải thành viên của tổ chức %2.</translation>
    </message>
    <message>
        <source>%1 belongs to no organization.</source>
        <translation>%1 không thuộc tổ chức nào.</translation>
    </message>
    <message>
        <source>The server cannot be reached</source>
        <translation>Không thể kết nối tới máy chủ</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>Đăng nhập không thành công</translation>
    </message>
    <message>
        <source>The lists could not be loaded</source>
        <translation>Không thể tải danh sách</translation>
    </message>
</context>
<context>
    <name>MemberFields</name>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Full Name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <source>Last Role</source>
        <translation>Vai trò cuối cùng</translation>
    </message>
    <message>
        <source>Join Date</source>
        <translation>Ngày tham gia</translation>
    </message>
    <message>
        <source>Licenses</source>
        <translation>Giấy phép</translation>
    </message>
    <message>
        <source>Last Access</source>
        <translation>Truy cập gần nhất</translation>
    </message>
    <message>
        <source>Removed On</source>
        <translation>Ngày xóa</translation>
    </message>
    <message>
        <source>Removed By</source>
        <translation>Người xóa</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Nhóm</translation>
    </message>
    <message>
        <source>Registered Machines</source>
        <translation>Máy đã đăng ký</translation>
    </message>
</context>
<context>
    <name>MemberTableModel</name>
    <message>
        <source>Never</source>
        <comment>last access</comment>
        <translation>Chưa bao giờ</translation>
    </message>
</context>
<context>
    <name>PendingInvitationsModel</name>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <source>Licenses</source>
        <translation>Giấy phép</translation>
    </message>
    <message>
        <source>Invited By</source>
        <translation>Người mời</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Đã gửi</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Hết hạn</translation>
    </message>
    <message>
        <source>Expired</source>
        <comment>invitation</comment>
        <translation>Đã hết hạn</translation>
    </message>
    <message>
        <source>Expired %1</source>
        <translation>Đã hết hạn %1</translation>
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
        <translation>Quản lý người dùng cần vai trò Chủ sở hữu hoặc Quản trị viên.</translation>
    </message>
    <message>
        <source>Nobody is invited as Owner; the Owner transfers ownership to an active member.</source>
        <translation>Không ai được mời với vai trò Chủ sở hữu; Chủ sở hữu chuyển quyền sở hữu cho một thành viên đang hoạt động.</translation>
    </message>
    <message>
        <source>Only the Owner can invite Admins.</source>
        <translation>Chỉ Chủ sở hữu mới có thể mời Quản trị viên.</translation>
    </message>
    <message>
        <source>Only the Owner can manage invitations for Admins.</source>
        <translation>Chỉ Chủ sở hữu mới có thể quản lý lời mời dành cho Quản trị viên.</translation>
    </message>
    <message>
        <source>You cannot remove yourself.</source>
        <translation>Bạn không thể tự xóa chính mình.</translation>
    </message>
    <message>
        <source>The Owner cannot be removed; transfer ownership first.</source>
        <translation>Không thể xóa Chủ sở hữu; hãy chuyển quyền sở hữu trước.</translation>
    </message>
    <message>
        <source>Only the Owner can remove Admins.</source>
        <translation>Chỉ Chủ sở hữu mới có thể xóa Quản trị viên.</translation>
    </message>
    <message>
        <source>Only the Owner can change the licenses of Admins and of the Owner.</source>
        <translation>Chỉ Chủ sở hữu mới có thể thay đổi giấy phép của Quản trị viên và của Chủ sở hữu.</translation>
    </message>
    <message>
        <source>You cannot change your own role.</source>
        <translation>Bạn không thể đổi vai trò của chính mình.</translation>
    </message>
    <message>
        <source>The Owner&apos;s role changes only by transferring ownership.</source>
        <translation>Vai trò của Chủ sở hữu chỉ thay đổi khi chuyển quyền sở hữu.</translation>
    </message>
    <message>
        <source>Ownership is handed over by a transfer, not by a role change.</source>
        <translation>Quyền sở hữu được trao bằng cách chuyển quyền, không phải bằng cách đổi vai trò.</translation>
    </message>
    <message>
        <source>Only the Owner can grant or take away the Admin role.</source>
        <translation>Chỉ Chủ sở hữu mới có thể cấp hoặc thu hồi vai trò Quản trị viên.</translation>
    </message>
    <message>
        <source>A Billing Manager cannot belong to teams; this member is in: %1.</source>
        <translation>Người quản lý thanh toán không thể thuộc nhóm nào; thành viên này đang ở trong: %1.</translation>
    </message>
    <message>
        <source>Only the Owner can transfer ownership.</source>
        <translation>Chỉ Chủ sở hữu mới có thể chuyển quyền sở hữu.</translation>
    </message>
    <message>
        <source>You already own this organization.</source>
        <translation>Bạn đã là chủ sở hữu của tổ chức này.</translation>
    </message>
</context>
<context>
    <name>QGnomeTheme</name>
    <message>
        <source>&amp;OK</source>
        <translation>&amp;OK</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Hủy</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Đón&amp;g</translation>
    </message>
    <message>
        <source>Close without Saving</source>
        <translation>Đóng mà không lưu</translation>
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
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Lưu tất cả</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Có</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Có với &amp;tất cả</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Không</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>Kh&amp;ông với tất cả</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Hủy bỏ</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Thử lại</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Bỏ qua</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Bỏ thay đổi</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Trợ giúp</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Áp dụng</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Đặt lại</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Khôi phục mặc định</translation>
    </message>
</context>
<context>
    <name>RecordTableModel</name>
    <message>
        <source>Checked</source>
        <translation>Đã đánh dấu</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Chưa đánh dấu</translation>
    </message>
    <message>
        <source>Select %1</source>
        <translation>Chọn %1</translation>
    </message>
    <message>
        <source>Select</source>
        <translation>Chọn</translation>
    </message>
</context>
<context>
    <name>RemoveUsersDialog</name>
    <message>
        <source>Remove Users</source>
        <translation>Xóa người dùng</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Remove this user from the organization?</source>
        <translation>Xóa người dùng này khỏi tổ chức?</translation>
    </message>
    <message>
        <source>Users to remove</source>
        <translation>Người dùng sẽ bị xóa</translation>
    </message>
    <message>
        <source>Full Name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <source>Machines</source>
        <translation>Máy</translation>
    </message>
    <message>
        <source>Not removed: %1</source>
        <translation>Chưa xóa: %1</translation>
    </message>
    <message>
        <source>They can no longer sign in to the organization.</source>
        <translation>Họ không thể đăng nhập vào tổ chức nữa.</translation>
    </message>
    <message>
        <source>The data they created in the organization stays.</source>
        <translation>Dữ liệu họ đã tạo trong tổ chức vẫn được giữ lại.</translation>
    </message>
    <message>
        <source>1 registered machine is released from the Registered Machine list.</source>
        <translation>1 máy đã đăng ký được giải phóng khỏi danh sách Máy đã đăng ký.</translation>
    </message>
    <message>
        <source>They hold no licenses.</source>
        <translation>Họ không giữ giấy phép nào.</translation>
    </message>
    <message>
        <source>Their licenses are freed: %1.</source>
        <translation>Giấy phép của họ được giải phóng: %1.</translation>
    </message>
    <message>
        <source>Pending invitations to their addresses are revoked.</source>
        <translation>Các lời mời đang chờ gửi tới địa chỉ của họ sẽ bị thu hồi.</translation>
    </message>
    <message>
        <source>You can invite them again at any time.</source>
        <translation>Bạn có thể mời lại họ bất cứ lúc nào.</translation>
    </message>
    <message>
        <source>What follows</source>
        <translation>Điều gì sẽ xảy ra</translation>
    </message>
    <message>
        <source>1 checked user cannot be removed and is left out (shown greyed).</source>
        <translation>1 người dùng được đánh dấu không thể bị xóa và sẽ bị bỏ qua (hiển thị màu xám).</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message numerus="yes">
        <source>Remove these %Ln users from the organization?</source>
        <translation>
            <numerusform>Xóa %Ln người dùng này khỏi tổ chức?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln registered machines are released from the Registered Machine list.</source>
        <translation>
            <numerusform>%Ln máy đã đăng ký được giải phóng khỏi danh sách Máy đã đăng ký.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln checked users cannot be removed and are left out (shown greyed).</source>
        <translation>
            <numerusform>%Ln người dùng được đánh dấu không thể bị xóa và sẽ bị bỏ qua (hiển thị màu xám).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RevokeInvitationDialog</name>
    <message>
        <source>Revoke Invitation</source>
        <translation>Thu hồi lời mời</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Thu hồi</translation>
    </message>
    <message>
        <source>Double-check the email address. Its invitation link will stop working.</source>
        <translation>Hãy kiểm tra kỹ địa chỉ email. Liên kết mời của địa chỉ này sẽ ngừng hoạt động.</translation>
    </message>
    <message>
        <source>Invitations to revoke</source>
        <translation>Lời mời sẽ bị thu hồi</translation>
    </message>
    <message>
        <source>Role: %1</source>
        <translation>Vai trò: %1</translation>
    </message>
    <message numerus="yes">
        <source>Double-check the %Ln email addresses. Their invitation links will stop working.</source>
        <translation>
            <numerusform>Hãy kiểm tra kỹ %Ln địa chỉ email. Các liên kết mời của chúng sẽ ngừng hoạt động.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>Owner</source>
        <translation>Chủ sở hữu</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Quản trị viên</translation>
    </message>
    <message>
        <source>Billing Manager</source>
        <translation>Người quản lý thanh toán</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Thành viên</translation>
    </message>
</context>
<context>
    <name>TokenStore</name>
    <message>
        <source>No API token is stored for this server.</source>
        <translation>Không có token API nào được lưu cho máy chủ này.</translation>
    </message>
    <message>
        <source>No system keychain is available, so the API token is not stored. You will be asked for it again next time.</source>
        <translation>Không có chuỗi khóa hệ thống nào khả dụng nên token API không được lưu. Lần sau bạn sẽ được hỏi lại.</translation>
    </message>
    <message>
        <source>Access to the system keychain was denied, so the API token is not stored.</source>
        <translation>Quyền truy cập chuỗi khóa hệ thống bị từ chối nên token API không được lưu.</translation>
    </message>
    <message>
        <source>The system keychain reported an error: %1</source>
        <translation>Chuỗi khóa hệ thống báo lỗi: %1</translation>
    </message>
    <message>
        <source>An empty API token cannot be stored.</source>
        <translation>Không thể lưu token API trống.</translation>
    </message>
</context>
<context>
    <name>UserCsvExport</name>
    <message>
        <source>Active</source>
        <translation>Đang hoạt động</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Đã bị xóa</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Không thể ghi %1: %2</translation>
    </message>
    <message>
        <source>no file name was given</source>
        <translation>chưa có tên tệp</translation>
    </message>
</context>
<context>
    <name>UserListTab</name>
    <message>
        <source>Search…</source>
        <translation>Tìm kiếm…</translation>
    </message>
    <message>
        <source>Shows the invitations whose email contains the text.</source>
        <translation>Hiển thị các lời mời có email chứa đoạn văn bản này.</translation>
    </message>
    <message>
        <source>Shows the users whose name or email contains the text.</source>
        <translation>Hiển thị những người dùng có tên hoặc email chứa đoạn văn bản này.</translation>
    </message>
    <message>
        <source>Clear search</source>
        <translation>Xóa tìm kiếm</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Bộ lọc trạng thái</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>&amp;Trạng thái:</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Đang chờ</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Đã hết hạn</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tất cả</translation>
    </message>
    <message>
        <source>Role filter</source>
        <translation>Bộ lọc vai trò</translation>
    </message>
    <message>
        <source>Last &amp;role:</source>
        <translation>&amp;Vai trò cuối cùng:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Vai trò:</translation>
    </message>
    <message>
        <source>All roles</source>
        <translation>Tất cả vai trò</translation>
    </message>
    <message>
        <source>Rows shown</source>
        <translation>Số hàng hiển thị</translation>
    </message>
    <message>
        <source>Change Role</source>
        <translation>Đổi vai trò</translation>
    </message>
    <message>
        <source>Remove Users</source>
        <translation>Xóa người dùng</translation>
    </message>
    <message>
        <source>Copy Activation Link</source>
        <translation>Sao chép liên kết kích hoạt</translation>
    </message>
    <message>
        <source>Resend</source>
        <translation>Gửi lại</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Thu hồi</translation>
    </message>
    <message>
        <source>Invite Again</source>
        <translation>Mời lại</translation>
    </message>
    <message>
        <source>Active Users</source>
        <translation>Người dùng đang hoạt động</translation>
    </message>
    <message>
        <source>Pending Invitations</source>
        <translation>Lời mời đang chờ</translation>
    </message>
    <message>
        <source>Removed Users</source>
        <translation>Người dùng đã bị xóa</translation>
    </message>
    <message>
        <source>%1 selected</source>
        <translation>Đã chọn %1</translation>
    </message>
    <message>
        <source>%1 selected, %2 hidden by the filter</source>
        <translation>Đã chọn %1, %2 bị bộ lọc ẩn</translation>
    </message>
    <message>
        <source>%1 selected, %2 hidden by the search</source>
        <translation>Đã chọn %1, %2 bị tìm kiếm ẩn</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Đang tải…</translation>
    </message>
    <message>
        <source>1 invitation</source>
        <translation>1 lời mời</translation>
    </message>
    <message>
        <source>1 user</source>
        <translation>1 người dùng</translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>Hiển thị %1 / %2</translation>
    </message>
    <message>
        <source>No active users.</source>
        <translation>Không có người dùng đang hoạt động.</translation>
    </message>
    <message>
        <source>No pending invitations.</source>
        <translation>Không có lời mời đang chờ.</translation>
    </message>
    <message>
        <source>No removed users.</source>
        <translation>Không có người dùng đã bị xóa.</translation>
    </message>
    <message>
        <source>No %1 invitations match “%2”.</source>
        <translation>Không có lời mời ở trạng thái “%1” khớp với “%2”.</translation>
    </message>
    <message>
        <source>No invitations match “%1”.</source>
        <translation>Không có lời mời nào khớp với “%1”.</translation>
    </message>
    <message>
        <source>No %1 invitations.</source>
        <translation>Không có lời mời ở trạng thái “%1”.</translation>
    </message>
    <message>
        <source>No users with the role %1 match “%2”.</source>
        <translation>Không có người dùng với vai trò %1 khớp với “%2”.</translation>
    </message>
    <message>
        <source>No users match “%1”.</source>
        <translation>Không có người dùng nào khớp với “%1”.</translation>
    </message>
    <message>
        <source>No users with the role %1.</source>
        <translation>Không có người dùng với vai trò %1.</translation>
    </message>
    <message>
        <source>Check the invitations this applies to.</source>
        <translation>Đánh dấu các lời mời cần áp dụng.</translation>
    </message>
    <message>
        <source>Check the users this applies to.</source>
        <translation>Đánh dấu những người dùng cần áp dụng.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln invitations</source>
        <translation>
            <numerusform>%Ln lời mời</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln users</source>
        <translation>
            <numerusform>%Ln người dùng</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of the %2 checked invitations are hidden by the search or filter.
%3 all %2, the hidden ones included?</source>
        <translation>%1 trong %2 lời mời được đánh dấu đang bị ẩn bởi tìm kiếm hoặc bộ lọc.
Thực hiện “%3” cho cả %2 lời mời, kể cả những lời mời bị ẩn?</translation>
    </message>
</context>
<context>
    <name>UserTableView</name>
    <message>
        <source>Row actions</source>
        <translation>Thao tác trên hàng</translation>
    </message>
    <message>
        <source>Copy Name</source>
        <translation>Sao chép tên</translation>
    </message>
    <message>
        <source>Copy Email</source>
        <translation>Sao chép email</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>AlertRules</name>
    <message>
        <location filename="../models/alerts/alertrules.cpp" line="+106"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 % of calls failed over the last 15 minutes (threshold %2 %)</source>
        <translation>%1 % lượt gọi bị lỗi trong 15 phút gần nhất (ngưỡng %2 %)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>p95 latency %1 ms over the last 15 minutes (threshold %2 ms)</source>
        <translation>độ trễ p95 là %1 ms trong 15 phút gần nhất (ngưỡng %2 ms)</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>the server certificate expires in %n day(s) (within %1)</source>
        <translation>
            <numerusform>chứng thư số của máy chủ hết hạn sau %n ngày (trong vòng %1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n ngày</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the server&apos;s clock is %1 s off (threshold %2 s)</source>
        <translation>đồng hồ của máy chủ lệch %1 giây (ngưỡng %2 giây)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Instance unreachable</source>
        <translation>Không kết nối được hệ thống</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Error rate high</source>
        <translation>Tỷ lệ lỗi cao</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Latency high</source>
        <translation>Độ trễ cao</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Certificate expiring</source>
        <translation>Chứng thư số sắp hết hạn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clock skew</source>
        <translation>Lệch đồng hồ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Link to NDXP</source>
        <translation>Kết nối NDXP</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Critical</source>
        <translation>Nghiêm trọng</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Warning</source>
        <translation>Cảnh báo</translation>
    </message>
</context>
<context>
    <name>BundleDiff</name>
    <message>
        <location filename="../models/config/bundlediff.cpp" line="+144"/>
        <source>Add</source>
        <translation>Thêm</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change</source>
        <translation>Sửa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close / retire</source>
        <translation>Đóng / ngừng</translation>
    </message>
</context>
<context>
    <name>BundleFile</name>
    <message>
        <location filename="../models/config/bundlefile.cpp" line="+38"/>
        <source>line %1, column %2: %3</source>
        <translation>dòng %1, cột %2: %3</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 does not exist.</source>
        <translation>%1 không tồn tại.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is %2 MiB; bundles over %3 MiB are not read.</source>
        <translation>%1 có dung lượng %2 MiB; không đọc gói cấu hình lớn hơn %3 MiB.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot read %1: %2</source>
        <translation>Không đọc được %1: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is empty.</source>
        <translation>%1 trống.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>not valid JSON (a raw control character U+%1 inside a string)</source>
        <translation>không phải JSON hợp lệ (ký tự điều khiển U+%1 không được thoát nằm trong một chuỗi)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>not valid JSON (%1)</source>
        <translation>không phải JSON hợp lệ (%1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A bundle is a JSON object; %1 holds something else.</source>
        <translation>Gói cấu hình phải là một đối tượng JSON; %1 chứa nội dung khác.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>No base revision: compare the bundle with the instance before applying it.</source>
        <translation>Chưa có phiên bản gốc: hãy so sánh gói với hệ thống trước khi áp dụng.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No contact e-mail: nobody can be told about incidents.</source>
        <translation>Chưa có e-mail liên hệ: không báo được cho ai khi có sự cố.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The upstream is plain HTTP: calls to it are not encrypted.</source>
        <translation>Địa chỉ dịch vụ gốc dùng HTTP thường: các lời gọi tới đó không được mã hoá.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Published, but no tenant may call it.</source>
        <translation>Đã công bố nhưng chưa đơn vị nào được phép gọi.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Published, but its provider %1 is suspended or closed.</source>
        <translation>Đã công bố nhưng đơn vị cung cấp %1 đang bị tạm ngừng hoặc đã đóng.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot write %1: %2</source>
        <translation>Không ghi được %1: %2</translation>
    </message>
</context>
<context>
    <name>ChartWindow</name>
    <message>
        <location filename="../models/traffic/chartwindow.cpp" line="+73"/>
        <source>Last 5 minutes</source>
        <translation>5 phút gần nhất</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last hour</source>
        <translation>1 giờ gần nhất</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last 6 hours</source>
        <translation>6 giờ gần nhất</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last 24 hours</source>
        <translation>24 giờ gần nhất</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last 7 days</source>
        <translation>7 ngày gần nhất</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last 30 days</source>
        <translation>30 ngày gần nhất</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Custom range…</source>
        <translation>Khoảng thời gian khác…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>calls/s</source>
        <translation>lượt/giây</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>calls/min</source>
        <translation>lượt/phút</translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <location filename="../app/checkcommand.cpp" line="+81"/>
        <source>Check the health of LGSP instances without a window.</source>
        <translation>Kiểm tra tình trạng các hệ thống LGSP mà không mở cửa sổ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run the health checks.</source>
        <translation>Chạy các bước kiểm tra tình trạng.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the profile with this name (repeatable).</source>
        <translation>Kiểm tra kết nối mang tên này (có thể lặp lại).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name</source>
        <translation>tên</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check every profile (the default).</source>
        <translation>Kiểm tra mọi kết nối (mặc định).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Output format: text, json, nagios or prometheus.</source>
        <translation>Định dạng kết quả: text, json, nagios hoặc prometheus.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>End the whole run, retries included, within this many seconds (default 10).</source>
        <translation>Kết thúc toàn bộ lần chạy, kể cả các lần thử lại, trong số giây này (mặc định 10).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>seconds</source>
        <translation>giây</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Warning thresholds as NAME=RANGE[,NAME=RANGE…] in the Monitoring Plugins&apos; range syntax; names: %1.</source>
        <translation>Ngưỡng cảnh báo dạng TÊN=KHOẢNG[,TÊN=KHOẢNG…] theo cú pháp khoảng của Monitoring Plugins; các tên: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+2"/>
        <source>thresholds</source>
        <translation>ngưỡng</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Critical thresholds, as for --warning.</source>
        <translation>Ngưỡng nguy cấp, viết như với --warning.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Unknown format &quot;%1&quot;; use text, json, nagios or prometheus.</source>
        <translation>Không có định dạng &quot;%1&quot;; hãy dùng text, json, nagios hoặc prometheus.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--timeout wants a number of seconds from 1 to 3600, not &quot;%1&quot;.</source>
        <translation>--timeout cần một số giây từ 1 đến 3600, không phải &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>the run&apos;s time limit (--timeout %1 s) was reached</source>
        <translation>đã hết thời hạn của lần chạy (--timeout %1 giây)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Not checked: %1 before its turn.</source>
        <translation>Chưa kiểm tra: %1 trước khi đến lượt.</translation>
    </message>
    <message>
        <location line="-98"/>
        <source>Check a local lgsp-sandbox started for the purpose.</source>
        <translation>Kiểm tra một lgsp-sandbox được khởi chạy trên máy này cho mục đích kiểm tra.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language of the output: vi or en.</source>
        <translation>Ngôn ngữ của kết quả: vi hoặc en.</translation>
    </message>
</context>
<context>
    <name>CheckFigure</name>
    <message>
        <location filename="../client/health/checkverdict.cpp" line="+154"/>
        <source>Response time</source>
        <translation>Thời gian phản hồi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Certificate</source>
        <translation>Chứng thư số</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clock skew</source>
        <translation>Độ lệch đồng hồ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Error rate</source>
        <translation>Tỉ lệ lỗi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Calls</source>
        <translation>Số lượt gọi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gateway latency p95</source>
        <translation>Độ trễ p95 của cổng</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unknown</source>
        <translation>không rõ</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n day(s) left</source>
        <translation>
            <numerusform>còn %n ngày</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 s</source>
        <translation>%1 giây</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1/min</source>
        <translation>%1/phút</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 could not be read.</source>
        <translation>Không đọc được %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is %2, beyond the warning threshold %3.</source>
        <translation>%1 là %2, vượt ngưỡng cảnh báo %3.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is %2, beyond the critical threshold %3.</source>
        <translation>%1 là %2, vượt ngưỡng nguy cấp %3.</translation>
    </message>
</context>
<context>
    <name>CheckThresholds</name>
    <message>
        <location line="+10"/>
        <source>Give a threshold as NAME=RANGE, for example latency=500.</source>
        <translation>Hãy ghi ngưỡng dạng TÊN=KHOẢNG, ví dụ latency=500.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unknown threshold &quot;%1&quot;; use one of: %2.</source>
        <translation>Không có ngưỡng &quot;%1&quot;; hãy dùng một trong: %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot; is not a range (examples: 10, 10:, ~:10, 10:20, @10:20).</source>
        <translation>&quot;%1&quot; không phải là một khoảng (ví dụ: 10, 10:, ~:10, 10:20, @10:20).</translation>
    </message>
</context>
<context>
    <name>ClearButton</name>
    <message>
        <location filename="../ui/common/clearbutton.cpp" line="+11"/>
        <source>Clear the text</source>
        <translation>Xoá nội dung</translation>
    </message>
</context>
<context>
    <name>ClientError</name>
    <message>
        <location filename="../client/clienterror.cpp" line="+74"/>
        <source>The instance could not be reached.</source>
        <translation>Không kết nối được tới hệ thống.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The instance did not answer in time.</source>
        <translation>Hệ thống không phản hồi kịp thời.</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>The secure connection to the instance failed.</source>
        <translation>Không thiết lập được kết nối bảo mật tới hệ thống.</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>The instance&apos;s certificate is not trusted: its issuer is not a known certificate authority. Add the CA certificate to the profile if it is a government CA.</source>
        <translation>Chứng thư số của hệ thống không được tin cậy: tổ chức cấp không phải là CA đã biết. Nếu đó là CA của cơ quan nhà nước, hãy thêm chứng thư CA vào kết nối.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The instance&apos;s certificate does not match the certificate pinned in the profile.</source>
        <translation>Chứng thư số của hệ thống không khớp với chứng thư đã ghim trong kết nối.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The instance&apos;s certificate was issued for another host name.</source>
        <translation>Chứng thư số của hệ thống được cấp cho một tên máy chủ khác.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The instance&apos;s certificate has expired or is not yet valid.</source>
        <translation>Chứng thư số của hệ thống đã hết hạn hoặc chưa đến thời điểm có hiệu lực.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The client certificate of the profile could not be used.</source>
        <translation>Không dùng được chứng thư máy khách của kết nối.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The metric source&apos;s host name could not be resolved.</source>
        <translation>Không phân giải được tên máy chủ của nguồn số liệu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The metric source could not be reached.</source>
        <translation>Không kết nối được tới nguồn số liệu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The metric source did not answer in time.</source>
        <translation>Nguồn số liệu không trả lời kịp thời.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The metric source did not accept the credential (wrong, missing or expired).</source>
        <translation>Nguồn số liệu không chấp nhận thông tin xác thực (sai, thiếu hoặc đã hết hạn).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The metric source has no such address: check its URL and path prefix.</source>
        <translation>Nguồn số liệu không có địa chỉ này: hãy kiểm tra URL và tiền tố đường dẫn.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The metric source reported an internal error (HTTP %1).</source>
        <translation>Nguồn số liệu báo lỗi nội bộ (HTTP %1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The metric source sent a response the console does not understand.</source>
        <translation>Nguồn số liệu gửi về phản hồi mà ứng dụng không hiểu được.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The metric source answered with an unexpected status (HTTP %1).</source>
        <translation>Nguồn số liệu trả về mã trạng thái không mong đợi (HTTP %1).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The connection profile cannot be used as it is.</source>
        <translation>Không thể dùng kết nối này với thiết lập hiện tại.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The instance&apos;s host name could not be resolved.</source>
        <translation>Không phân giải được tên máy chủ của hệ thống.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The instance did not accept the credential (wrong, missing or expired).</source>
        <translation>Hệ thống không chấp nhận thông tin xác thực (sai, thiếu hoặc đã hết hạn).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The credential is not allowed to do this.</source>
        <translation>Thông tin xác thực này không có quyền thực hiện thao tác.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The instance has no such resource.</source>
        <translation>Hệ thống không có đối tượng này.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The instance refused the change in its current state.</source>
        <translation>Hệ thống từ chối thay đổi ở trạng thái hiện tại.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Someone changed this on the instance since it was loaded. Reload and try again.</source>
        <translation>Dữ liệu này đã bị thay đổi trên hệ thống kể từ khi được tải. Hãy tải lại rồi thử lại.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>The instance found %n invalid field(s).</source>
        <translation>
            <numerusform>Hệ thống phát hiện %n trường không hợp lệ.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Too many requests; the instance asks to wait %n second(s).</source>
        <translation>
            <numerusform>Quá nhiều yêu cầu; hệ thống đề nghị chờ %n giây.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Too many requests; the instance asks to slow down.</source>
        <translation>Quá nhiều yêu cầu; hệ thống đề nghị giảm tần suất.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The instance reported an internal error (HTTP %1).</source>
        <translation>Hệ thống báo lỗi nội bộ (HTTP %1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The instance sent a response the console does not understand.</source>
        <translation>Hệ thống trả về dữ liệu mà bảng điều khiển không đọc được.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The instance speaks an API version this console does not support.</source>
        <translation>Hệ thống dùng phiên bản API mà bảng điều khiển này chưa hỗ trợ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The instance answered with an unexpected status (HTTP %1).</source>
        <translation>Hệ thống trả về trạng thái không mong đợi (HTTP %1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The request was cancelled.</source>
        <translation>Yêu cầu đã bị huỷ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This kind of server does not offer this.</source>
        <translation>Loại máy chủ này không cung cấp chức năng này.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The metric source could not answer the query.</source>
        <translation>Nguồn số liệu không trả lời được truy vấn.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 Detail: %2</source>
        <translation>%1 Chi tiết: %2</translation>
    </message>
    <message>
        <location filename="../client/net/tlspolicy.cpp" line="+16"/>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>larger than 1 MiB, not a certificate file</source>
        <translation>lớn hơn 1 MiB, không phải tệp chứng thư</translation>
    </message>
    <message>
        <location line="+45"/>
        <location line="+7"/>
        <source>CA certificate file</source>
        <translation>Tệp chứng thư CA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no PEM or DER certificate in it</source>
        <translation>không chứa chứng thư PEM hoặc DER nào</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the certificate pin is not a SHA-256 fingerprint (64 hexadecimal digits)</source>
        <translation>mã ghim chứng thư không phải dấu vân tay SHA-256 (64 chữ số thập lục phân)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Client certificate file</source>
        <translation>Tệp chứng thư máy khách</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>not a PKCS#12 file, or the passphrase in the keychain is wrong</source>
        <translation>không phải tệp PKCS#12, hoặc mật khẩu lưu trong kho khoá không đúng</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>expected a PEM certificate and its private key in the same file</source>
        <translation>cần chứng thư PEM và khoá bí mật của nó trong cùng một tệp</translation>
    </message>
    <message>
        <location filename="../client/backend/lgspv1backend.cpp" line="+174"/>
        <source>server API version %1, console API version %2.x</source>
        <translation>phiên bản API của máy chủ là %1, của bảng điều khiển là %2.x</translation>
    </message>
    <message>
        <location filename="../client/auth/wso2credential.cpp" line="+61"/>
        <source>WSO2 refused the user name or password (%1)</source>
        <translation>WSO2 từ chối tên đăng nhập hoặc mật khẩu (%1)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>client registration: %1</source>
        <translation>đăng ký ứng dụng OAuth: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no client id or secret</source>
        <translation>không có mã ứng dụng (client id) hoặc mật khẩu ứng dụng</translation>
    </message>
    <message>
        <location filename="../client/backend/wso2apimbackend.cpp" line="+101"/>
        <source>the token does not carry the scope %1 (granted: %2). %3</source>
        <translation>mã truy cập không có phạm vi quyền %1 (được cấp: %2). %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation>không có</translation>
    </message>
    <message>
        <location line="+79"/>
        <location line="+7"/>
        <location line="+6"/>
        <source>tenant management</source>
        <translation>chức năng quản lý đơn vị</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+7"/>
        <location line="+6"/>
        <source>service changes from this console</source>
        <translation>việc thay đổi dịch vụ từ bảng điều khiển này</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>transaction metrics</source>
        <translation>số liệu giao dịch</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>transaction log</source>
        <translation>nhật ký giao dịch</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+6"/>
        <location line="+6"/>
        <source>configuration bundles</source>
        <translation>gói cấu hình</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>audit log</source>
        <translation>nhật ký kiểm toán</translation>
    </message>
    <message>
        <location filename="../client/backend/wso2apimbackend.h" line="+103"/>
        <source>WSO2 API Manager offers no %1 over its REST APIs</source>
        <translation>WSO2 API Manager không cung cấp %1 qua các REST API của nó</translation>
    </message>
    <message>
        <location filename="../client/backend/wso2health.cpp" line="+56"/>
        <source>this does not look like a WSO2 API Manager: its OpenID configuration has no token endpoint</source>
        <translation>đây có vẻ không phải WSO2 API Manager: cấu hình OpenID của nó không có điểm cấp mã truy cập (token endpoint)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Answers in %1 ms.</source>
        <translation>Phản hồi trong %1 ms.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>The gateway&apos;s REST API takes the API Manager user&apos;s password, which this connection does not keep.</source>
        <translation>API REST của cổng giao dịch yêu cầu mật khẩu tài khoản API Manager, mà kết nối này không lưu giữ.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Every API was deployed on the gateway when it started.</source>
        <translation>Mọi API đều đã được triển khai lên cổng giao dịch khi cổng khởi động.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No gateway REST API here: the gateway runs on another node.</source>
        <translation>Máy chủ này không có API REST của cổng giao dịch: cổng chạy trên một máy chủ khác.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not every API was deployed on the gateway when it started (%1).</source>
        <translation>Có API chưa được triển khai lên cổng giao dịch khi cổng khởi động (%1).</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The gateway at %1 does not answer.</source>
        <translation>Cổng giao dịch tại %1 không phản hồi.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The gateway at %1: %2</source>
        <translation>Cổng giao dịch tại %1: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The gateway at %1 answers over plain HTTP.</source>
        <translation>Cổng giao dịch tại %1 phản hồi qua HTTP không mã hoá.</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>The gateway at %1 answers over TLS; its certificate expires in %n day(s).</source>
        <translation>
            <numerusform>Cổng giao dịch tại %1 phản hồi qua TLS; chứng thư số của nó hết hạn sau %n ngày.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../client/backend/wso2lists.cpp" line="+134"/>
        <location line="+123"/>
        <source>cursor like this one</source>
        <translation>con trỏ phân trang như thế này</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>list of who may call a service</source>
        <translation>danh sách bên được phép gọi từng dịch vụ</translation>
    </message>
    <message>
        <location filename="../client/net/gzip.cpp" line="+28"/>
        <source>the compressed answer could not be read</source>
        <translation>không đọc được câu trả lời đã nén</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the compressed answer is larger than %1 MiB</source>
        <translation>câu trả lời đã nén khi giải nén lớn hơn %1 MiB</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the compressed answer is damaged or cut short</source>
        <translation>câu trả lời đã nén bị hỏng hoặc bị cắt cụt</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>this build cannot read compressed answers</source>
        <translation>bản dựng này không đọc được câu trả lời đã nén</translation>
    </message>
    <message>
        <location filename="../client/backend/wso2release.cpp" line="+31"/>
        <source>%1 (from its API versions)</source>
        <translation>%1 (suy ra từ phiên bản API)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (assumed)</source>
        <translation>%1 (giả định)</translation>
    </message>
    <message>
        <location filename="../client/backend/xroadssbackend.h" line="+71"/>
        <source>an X-Road security server has no LGSP tenants, services, traffic or configuration</source>
        <translation>máy chủ an ninh X-Road không có đơn vị, dịch vụ, số liệu giao dịch hay cấu hình kiểu LGSP</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../app/commandline.cpp" line="+24"/>
        <source>LGSP Console: administration console for LGSP integration and data-sharing platforms.</source>
        <translation>LGSP Console: bảng điều khiển quản trị Nền tảng tích hợp, chia sẻ dữ liệu (LGSP).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Language of the interface: vi or en.</source>
        <translation>Ngôn ngữ giao diện: vi (tiếng Việt) hoặc en (tiếng Anh).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start a local lgsp-sandbox on a free loopback port and connect to it.</source>
        <translation>Khởi chạy lgsp-sandbox trên máy này (cổng loopback còn trống) và kết nối tới đó.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open this page: %1.</source>
        <translation>Mở trang: %1.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>page</source>
        <translation>trang</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Colours for this run, not saved: system, light, dark or high-contrast.</source>
        <translation>Màu giao diện cho lần chạy này, không lưu lại: system (theo hệ thống), light (sáng), dark (tối) hoặc high-contrast (tương phản cao).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Once the window has loaded its data (or after a timeout), save a PNG image of it to this file and exit.</source>
        <translation>Khi cửa sổ đã tải xong dữ liệu (hoặc hết thời gian chờ), lưu ảnh PNG của cửa sổ vào tệp này rồi thoát.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+10"/>
        <source>file</source>
        <translation>tệp</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Add a connection profile without opening a window (with --url, --kind lgsp-v1|wso2-apim, --client-id, --user, --group, --ca-file, --read-only, --secret-stdin).</source>
        <translation>Thêm một kết nối mà không mở cửa sổ (kèm --url, --kind lgsp-v1|wso2-apim, --client-id, --user, --group, --ca-file, --read-only, --secret-stdin).</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+6"/>
        <source>name</source>
        <translation>tên</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Import connection profiles from a JSON file.</source>
        <translation>Nhập danh sách kết nối từ tệp JSON.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove a connection profile and its secrets in the keychain.</source>
        <translation>Xoá một kết nối cùng các mật khẩu của nó trong kho khoá.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the health of the instances without opening a window, as a monitoring plugin (with --profile, --all, --format text|json|nagios|prometheus, --timeout, --warning, --critical, --demo); exit status 0 OK, 1 warning, 2 critical, 3 unknown.</source>
        <translation>Kiểm tra tình trạng các hệ thống mà không mở cửa sổ, như một plugin giám sát (với --profile, --all, --format text|json|nagios|prometheus, --timeout, --warning, --critical, --demo); mã thoát 0 bình thường, 1 cảnh báo, 2 nguy cấp, 3 không rõ.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Print every tenant or service, or the clients of a profile&apos;s security server, without opening a window (tenants, services or clients; with --profile, --all, --format json|csv, --demo).</source>
        <translation>In ra mọi đơn vị hoặc dịch vụ, hoặc các thành viên đăng ký trên máy chủ an ninh của một hồ sơ, mà không mở cửa sổ (tenants, services hoặc clients; dùng kèm --profile, --all, --format json|csv, --demo).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Write the traffic report of a period without opening a window (with --period 2026-11|2026-Q4|2026|FROM..TO, --profile, --group, --all, --format xlsx|pdf|csv, --output FILE, --top N, --time-zone, --demo).</source>
        <translation>Lập báo cáo giao dịch của một kỳ mà không mở cửa sổ (với --period 2026-11|2026-Q4|2026|TỪ..ĐẾN, --profile, --group, --all, --format xlsx|pdf|csv, --output TỆP, --top N, --time-zone, --demo).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A configuration bundle (.json) to open on the Configuration page.</source>
        <translation>Gói cấu hình (.json) để mở ở trang Cấu hình.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Unexpected argument: %1</source>
        <translation>Tham số không hợp lệ: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unknown language &quot;%1&quot;; use vi or en.</source>
        <translation>Không có ngôn ngữ &quot;%1&quot;; hãy dùng vi hoặc en.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unknown page &quot;%1&quot;; use one of: %2.</source>
        <translation>Không có trang &quot;%1&quot;; hãy dùng một trong các trang: %2.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unknown theme &quot;%1&quot;; use system, light, dark or high-contrast.</source>
        <translation>Không có giao diện &quot;%1&quot;; hãy dùng system, light, dark hoặc high-contrast.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No such bundle file: %1</source>
        <translation>Không có tệp gói cấu hình: %1</translation>
    </message>
</context>
<context>
    <name>CommandTargets</name>
    <message>
        <location filename="../app/commandtargets.cpp" line="+58"/>
        <source>The keychain cannot be reached: %1</source>
        <translation>Không truy cập được kho khóa bí mật: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The keychain did not give the secret: %1</source>
        <translation>Kho khóa bí mật không trả về thông tin bí mật: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The keychain did not answer within %1 s (is it locked?).</source>
        <translation>Kho khóa bí mật không trả lời trong %1 giây (có thể đang bị khóa?).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>it was not ready in time</source>
        <translation>chưa sẵn sàng kịp thời hạn</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Local sandbox (demo)</source>
        <translation>Hệ thống thử nghiệm trên máy này (demo)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The sandbox&apos;s credential could not be read.</source>
        <translation>Không đọc được thông tin xác thực của hệ thống thử nghiệm.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The local sandbox could not be started: %1</source>
        <translation>Không khởi chạy được hệ thống thử nghiệm trên máy này: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No profile named %1.</source>
        <translation>Không có kết nối nào mang tên %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>There are no connection profiles. Add one with --add-profile, or use --demo.</source>
        <translation>Chưa có kết nối nào. Hãy thêm bằng --add-profile, hoặc dùng --demo.</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message numerus="yes">
        <location filename="../models/common/csvreader.cpp" line="+33"/>
        <source>The file is larger than %n MiB.</source>
        <translation>
            <numerusform>Tệp lớn hơn %n MiB.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The file is not UTF-8 text. Save it from the spreadsheet as &quot;CSV UTF-8&quot;.</source>
        <translation>Tệp không phải văn bản UTF-8. Hãy lưu lại từ bảng tính dưới dạng &quot;CSV UTF-8&quot;.</translation>
    </message>
    <message numerus="yes">
        <location line="+61"/>
        <location line="+15"/>
        <source>The file has more than %n rows.</source>
        <translation>
            <numerusform>Tệp có hơn %n dòng.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-5"/>
        <source>A quoted field opened on line %1 is never closed.</source>
        <translation>Một ô mở dấu ngoặc kép ở dòng %1 không được đóng lại.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The file is empty.</source>
        <translation>Tệp trống.</translation>
    </message>
</context>
<context>
    <name>EsAnswer</name>
    <message>
        <location filename="../client/metrics/elastic/esanswer.cpp" line="+223"/>
        <source>No index of the cluster matches %1 (%2). Check the index patterns and that WSO2&apos;s analytics events reach this cluster.</source>
        <translation>Không có chỉ mục nào của cụm khớp với %1 (%2). Hãy kiểm tra mẫu tên chỉ mục và việc sự kiện phân tích của WSO2 có được đưa về cụm này hay không.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A text field cannot be counted by (%1). The keyword sub-field setting does not match how the index maps WSO2&apos;s fields.</source>
        <translation>Không thể thống kê theo một trường văn bản (%1). Thiết lập trường con từ khóa không khớp với cách chỉ mục ánh xạ các trường của WSO2.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No index matches %1: no events were read from it.</source>
        <translation>Không có chỉ mục nào khớp với %1: không đọc được sự kiện nào từ đó.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of %2 shards of %3 failed, so the counts are partial: %4</source>
        <translation>%1 trên %2 phân đoạn (shard) của %3 bị lỗi, nên số liệu chỉ là một phần: %4</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The cluster ran out of time searching %1, so the counts are partial.</source>
        <translation>Cụm đã hết thời gian khi tìm trong %1, nên số liệu chỉ là một phần.</translation>
    </message>
</context>
<context>
    <name>InstanceVerdict</name>
    <message>
        <location filename="../client/health/checkverdict.cpp" line="+75"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%n check(s) OK, answered in %1 ms</source>
        <translation>
            <numerusform>%n mục kiểm tra đạt, trả lời trong %1 ms</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n check(s) OK</source>
        <translation>
            <numerusform>%n mục kiểm tra đạt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%1 (and %n more problem(s))</source>
        <translation>
            <numerusform>%1 (và %n vấn đề khác)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JsonReader</name>
    <message>
        <location filename="../protocol/jsonreader.cpp" line="+49"/>
        <source>malformed JSON at byte %1: %2</source>
        <translation>JSON sai cú pháp tại byte %1: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>expected a JSON object</source>
        <translation>cần một đối tượng JSON</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+12"/>
        <location line="+21"/>
        <source>expected a string, found %1</source>
        <translation>cần một chuỗi ký tự, nhận được %1</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>expected an array, found %1</source>
        <translation>cần một mảng, nhận được %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&quot;%1&quot; is not one of: %2</source>
        <translation>&quot;%1&quot; không thuộc các giá trị: %2</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>expected a number, found %1</source>
        <translation>cần một số, nhận được %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../protocol/latencyhistogram.cpp" line="+95"/>
        <location filename="../protocol/metrics.cpp" line="+79"/>
        <source>expected a whole number</source>
        <translation>cần một số nguyên</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>must be between %1 and %2</source>
        <translation>phải nằm trong khoảng từ %1 đến %2</translation>
    </message>
    <message>
        <location line="-138"/>
        <source>malformed JSON at byte %1: a raw control character (U+%2) inside a string; write it escaped</source>
        <translation>JSON sai cú pháp tại byte %1: ký tự điều khiển (U+%2) nằm trong một chuỗi; hãy viết nó ở dạng thoát (escape)</translation>
    </message>
    <message>
        <location line="+163"/>
        <source>expected true or false, found %1</source>
        <translation>cần giá trị true hoặc false, nhận được %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>expected an object, found %1</source>
        <translation>cần một đối tượng, nhận được %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>not an RFC 3339 timestamp: &quot;%1&quot;</source>
        <translation>không phải mốc thời gian RFC 3339: &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>required field is missing</source>
        <translation>thiếu trường bắt buộc</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>null</source>
        <translation>giá trị null</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a boolean</source>
        <translation>giá trị logic</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a number</source>
        <translation>một số</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a string</source>
        <translation>một chuỗi ký tự</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an array</source>
        <translation>một mảng</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an object</source>
        <translation>một đối tượng</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>nothing</source>
        <translation>không có giá trị</translation>
    </message>
    <message>
        <location filename="../protocol/tenant.cpp" line="+104"/>
        <location filename="../protocol/service.cpp" line="+131"/>
        <location line="+29"/>
        <source>not an agency code (NNN.NN.NN.XNN, or up to 35 characters of 0-9, A-Z and dots)</source>
        <translation>không phải mã định danh cơ quan (dạng NNN.NN.NN.XNN, hoặc tối đa 35 ký tự gồm 0-9, A-Z và dấu chấm)</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../protocol/service.cpp" line="-43"/>
        <source>the code cannot be changed</source>
        <translation>không được thay đổi mã</translation>
    </message>
    <message>
        <location line="-7"/>
        <location line="+11"/>
        <location filename="../protocol/service.cpp" line="+19"/>
        <location line="+10"/>
        <location filename="../protocol/configchange.cpp" line="+167"/>
        <location filename="../client/profiles/connectionprofile.cpp" line="+62"/>
        <source>must not be empty</source>
        <translation>không được để trống</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>longer than 200 characters</source>
        <translation>dài quá 200 ký tự</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>use the suspend, resume or close action</source>
        <translation>hãy dùng thao tác tạm dừng, khôi phục hoặc đóng</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>not an e-mail address</source>
        <translation>không phải địa chỉ thư điện tử</translation>
    </message>
    <message>
        <location filename="../protocol/configbundle.cpp" line="+81"/>
        <source>schema version %1 is not supported (this version reads %2)</source>
        <translation>không hỗ trợ phiên bản lược đồ %1 (phiên bản này đọc được phiên bản %2)</translation>
    </message>
    <message>
        <location line="+15"/>
        <location filename="../protocol/metrics.cpp" line="+58"/>
        <location filename="../protocol/health.cpp" line="+72"/>
        <location filename="../protocol/configchange.cpp" line="-137"/>
        <location filename="../protocol/listpage.h" line="+50"/>
        <source>expected an array</source>
        <translation>cần một mảng</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+30"/>
        <location filename="../protocol/health.cpp" line="-53"/>
        <location filename="../protocol/configchange.cpp" line="+7"/>
        <location filename="../protocol/listpage.h" line="+17"/>
        <source>expected an object</source>
        <translation>cần một đối tượng</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>duplicate tenant code %1</source>
        <translation>mã đơn vị %1 bị trùng</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+6"/>
        <source>no tenant %1 in this bundle</source>
        <translation>gói cấu hình không có đơn vị %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>duplicate service %1</source>
        <translation>dịch vụ %1 bị trùng</translation>
    </message>
    <message>
        <location filename="../protocol/service.cpp" line="-25"/>
        <source>use the publish, deprecate or retire action</source>
        <translation>hãy dùng thao tác công bố, ngừng khuyến nghị hoặc thu hồi</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>2 to 64 characters: a-z, 0-9 and &apos;-&apos;</source>
        <translation>từ 2 đến 64 ký tự gồm a-z, 0-9 và &apos;-&apos;</translation>
    </message>
    <message>
        <location line="+26"/>
        <location filename="../client/xroad/xroadsettings.cpp" line="+28"/>
        <location filename="../client/profiles/connectionprofile.cpp" line="+8"/>
        <location line="+13"/>
        <location filename="../client/profiles/metricsourcesettings.cpp" line="+51"/>
        <source>not an http or https URL</source>
        <translation>không phải địa chỉ http hoặc https</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>longer than 1 MiB</source>
        <translation>dài quá 1 MiB</translation>
    </message>
    <message>
        <location filename="../protocol/latencyhistogram.cpp" line="-14"/>
        <location line="+4"/>
        <source>unexpected histogram bounds</source>
        <translation>các ngưỡng của biểu đồ phân bố không đúng</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unexpected number of counts</source>
        <translation>số lượng giá trị đếm không đúng</translation>
    </message>
    <message>
        <location filename="../protocol/metrics.cpp" line="-45"/>
        <source>more errors than transactions</source>
        <translation>số lỗi lớn hơn số giao dịch</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>expected a number</source>
        <translation>cần một số</translation>
    </message>
    <message>
        <location filename="../client/profiles/connectionprofile.cpp" line="-24"/>
        <source>not a UUID</source>
        <translation>không phải mã UUID</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>a wso2-apim profile authenticates as wso2-user</source>
        <translation>kết nối wso2-apim xác thực theo kiểu wso2-user</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>wso2-user is only for wso2-apim profiles</source>
        <translation>wso2-user chỉ dùng cho kết nối wso2-apim</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a wso2-apim profile needs the API Manager user</source>
        <translation>kết nối wso2-apim cần tài khoản người dùng API Manager</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>an xroad-ss profile authenticates with xroad-key</source>
        <translation>kết nối loại xroad-ss xác thực bằng xroad-key</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>xroad-key is only for xroad-ss profiles</source>
        <translation>xroad-key chỉ dùng cho kết nối loại xroad-ss</translation>
    </message>
    <message>
        <location filename="../client/xroad/xroadsettings.cpp" line="+5"/>
        <location filename="../client/profiles/connectionprofile.cpp" line="+10"/>
        <source>a SHA-256 pin is 64 hexadecimal characters</source>
        <translation>mã ghim SHA-256 gồm 64 ký tự thập lục phân</translation>
    </message>
    <message>
        <location filename="../protocol/configchange.cpp" line="+79"/>
        <source>expected a boolean</source>
        <translation>cần một giá trị logic</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>expected &quot;Bearer&quot;</source>
        <translation>cần giá trị &quot;Bearer&quot;</translation>
    </message>
    <message>
        <location filename="../protocol/health.cpp" line="+8"/>
        <source>expected a string or a whole number</source>
        <translation>cần một chuỗi hoặc một số nguyên</translation>
    </message>
    <message>
        <location filename="../client/metrics/prometheus/prommapping.cpp" line="+288"/>
        <source>must be a positive number</source>
        <translation>phải là một số dương</translation>
    </message>
    <message>
        <location filename="../client/profiles/metricsourcesettings.cpp" line="+5"/>
        <source>basic authentication needs a user name</source>
        <translation>xác thực basic cần tên người dùng</translation>
    </message>
</context>
<context>
    <name>ListCommand</name>
    <message>
        <location filename="../app/listcommand.cpp" line="+238"/>
        <source>Print every tenant or service without a window.</source>
        <translation>In ra mọi đơn vị hoặc dịch vụ mà không mở cửa sổ.</translation>
    </message>
    <message>
        <location line="-149"/>
        <source>the profile names no security server</source>
        <translation>hồ sơ không khai báo máy chủ an ninh</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the server did not list its clients</source>
        <translation>máy chủ không liệt kê được các thành viên của nó</translation>
    </message>
    <message>
        <location line="+134"/>
        <source>What to list: tenants, services or clients (of the security server).</source>
        <translation>Danh sách cần in: tenants (đơn vị), services (dịch vụ) hoặc clients (thành viên trên máy chủ an ninh).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>List from the profile with this name (repeatable).</source>
        <translation>Lấy từ kết nối mang tên này (có thể lặp lại).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name</source>
        <translation>tên</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>List from every profile (the default).</source>
        <translation>Lấy từ mọi kết nối (mặc định).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Output format: json or csv.</source>
        <translation>Định dạng kết quả: json hoặc csv.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>List from a local lgsp-sandbox started for the purpose.</source>
        <translation>Lấy từ một lgsp-sandbox được khởi chạy trên máy này cho mục đích này.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language of the messages: vi or en.</source>
        <translation>Ngôn ngữ của thông báo: vi hoặc en.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Unknown list &quot;%1&quot;; use tenants, services or clients (of the security server).</source>
        <translation>Không có danh sách &quot;%1&quot;; hãy dùng tenants, services hoặc clients (của máy chủ an ninh).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unknown format &quot;%1&quot;; use json or csv.</source>
        <translation>Không có định dạng &quot;%1&quot;; hãy dùng json hoặc csv.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>%1 could not be read completely: %2</source>
        <translation>Không đọc được đầy đủ %1: %2</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../ui/common/messages.cpp" line="+24"/>
        <location line="+20"/>
        <source>Cancel</source>
        <translation>Huỷ</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>OK</source>
        <translation>Đồng ý</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discard changes</source>
        <translation>Bỏ các thay đổi</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+6"/>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
</context>
<context>
    <name>MetricSourceCheck</name>
    <message>
        <location filename="../client/health/metricsourcecheck.cpp" line="+20"/>
        <source>WSO2&apos;s analytics at %1 cannot be read, so the charts cannot be drawn: %2</source>
        <translation>Không đọc được dữ liệu phân tích của WSO2 tại %1, nên không thể vẽ biểu đồ: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The cluster at %1 answers.</source>
        <translation>Cụm tại %1 có phản hồi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 at %2 answers.</source>
        <translation>%1 tại %2 có phản hồi.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n gateway events in %1 in the last five minutes.</source>
        <translation>
            <numerusform>%n sự kiện của cổng trong %1 trong năm phút qua.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>p95 latency %1 ms.</source>
        <translation>Độ trễ p95 là %1 ms.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Prometheus at %1 cannot be read, so the charts cannot be drawn: %2</source>
        <translation>Không đọc được Prometheus tại %1 nên không vẽ được biểu đồ: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Prometheus at %1 is ready.</source>
        <translation>Prometheus tại %1 đã sẵn sàng.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prometheus %1 at %2 is ready.</source>
        <translation>Prometheus %1 tại %2 đã sẵn sàng.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No series of %1 match the selector: check the selector and the metric names.</source>
        <translation>Không có chuỗi số liệu %1 nào khớp với bộ chọn: hãy kiểm tra bộ chọn và tên các số liệu.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n series of %1 match the selector.</source>
        <translation>
            <numerusform>%n chuỗi số liệu %1 khớp với bộ chọn.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Now %1 calls/s, p95 latency %2 ms.</source>
        <translation>Hiện tại %1 lượt gọi/giây, độ trễ p95 %2 ms.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Now %1 calls/s.</source>
        <translation>Hiện tại %1 lượt gọi/giây.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No latency histogram (%1) matches: the latency chart stays empty.</source>
        <translation>Không có biểu đồ phân bố độ trễ (%1) nào khớp: biểu đồ độ trễ sẽ để trống.</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <location filename="../ui/shell/page.cpp" line="+53"/>
        <source>Welcome</source>
        <translation>Bắt đầu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fleet</source>
        <translation>Tổng quan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tenants</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Services</source>
        <translation>Danh mục dịch vụ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Transactions</source>
        <translation>Giao dịch</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Health</source>
        <translation>Tình trạng kết nối</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Configuration</source>
        <translation>Cấu hình</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reports</source>
        <translation>Báo cáo</translation>
    </message>
</context>
<context>
    <name>PluginOutput</name>
    <message>
        <location filename="../client/health/pluginoutput.cpp" line="+104"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Figures: %1</source>
        <translation>Số liệu: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+51"/>
        <source>%n instance(s)</source>
        <translation>
            <numerusform>%n hệ thống</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n critical</source>
        <translation>
            <numerusform>%n nguy cấp</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n warning</source>
        <translation>
            <numerusform>%n cảnh báo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n unknown</source>
        <translation>
            <numerusform>%n không rõ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n OK</source>
        <translation>
            <numerusform>%n bình thường</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1, …</source>
        <translation>%1, …</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 — %2: %3</source>
        <translation>%1 — %2: %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>UNKNOWN</source>
        <translation>KHÔNG RÕ</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+59"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
</context>
<context>
    <name>ProbeCheck</name>
    <message>
        <location filename="../client/health/probereport.cpp" line="+30"/>
        <source>OK</source>
        <translation>ĐẠT</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>WARN</source>
        <translation>CẢNH BÁO</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>FAIL</source>
        <translation>LỖI</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SKIPPED</source>
        <translation>BỎ QUA</translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <location filename="../client/profiles/profilestore.cpp" line="+43"/>
        <source>not a profile list (no formatVersion)</source>
        <translation>không phải danh sách kết nối (thiếu formatVersion)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>written by a newer version (format %1)</source>
        <translation>được ghi bởi phiên bản mới hơn (định dạng %1)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>duplicate name %1</source>
        <translation>tên %1 bị trùng</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>the file is larger than 16 MiB</source>
        <translation>tệp lớn hơn 16 MiB</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The connection profiles in %1 could not be read and were left untouched: %2</source>
        <translation>Không đọc được danh sách kết nối trong %1; tệp được giữ nguyên: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The profile file could not be read, so it is not overwritten.</source>
        <translation>Không đọc được tệp danh sách kết nối nên tệp không bị ghi đè.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>A profile named %1 exists already.</source>
        <translation>Đã có kết nối mang tên %1.</translation>
    </message>
</context>
<context>
    <name>PromMapping</name>
    <message>
        <location filename="../client/metrics/prometheus/prommapping.cpp" line="-214"/>
        <source>LGSP sandbox (lgsp_gateway_*)</source>
        <translation>LGSP sandbox (lgsp_gateway_*)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kong 3.x (kong_http_requests_total)</source>
        <translation>Kong 3.x (kong_http_requests_total)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kong 2.x (kong_http_status)</source>
        <translation>Kong 2.x (kong_http_status)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Apache APISIX (apisix_http_status)</source>
        <translation>Apache APISIX (apisix_http_status)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>WSO2 Micro Integrator (wso2_integration_api_*)</source>
        <translation>WSO2 Micro Integrator (wso2_integration_api_*)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Envoy (envoy_cluster_upstream_rq_*)</source>
        <translation>Envoy (envoy_cluster_upstream_rq_*)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Custom mapping</source>
        <translation>Ánh xạ tự chọn</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>The mapping needs the name of a counter of calls.</source>
        <translation>Ánh xạ cần tên của một bộ đếm lượt gọi.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” is not a Prometheus metric name.</source>
        <translation>“%1” không phải là tên số liệu Prometheus.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“%1” is not a Prometheus label name.</source>
        <translation>“%1” không phải là tên nhãn Prometheus.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The mapping needs either a status code label or a counter of failed calls.</source>
        <translation>Ánh xạ cần một nhãn mã trạng thái hoặc một bộ đếm lượt gọi lỗi.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The success codes are not a valid regular expression.</source>
        <translation>Các mã thành công không phải là một biểu thức chính quy hợp lệ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The latency unit must be positive.</source>
        <translation>Đơn vị độ trễ phải là số dương.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The metric mapping has no tenant label: only whole instances and services can be charted.</source>
        <translation>Ánh xạ số liệu không có nhãn đơn vị: chỉ vẽ được biểu đồ cho cả hệ thống và từng dịch vụ.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The metric mapping has no service label: only whole instances can be charted.</source>
        <translation>Ánh xạ số liệu không có nhãn dịch vụ: chỉ vẽ được biểu đồ cho cả hệ thống.</translation>
    </message>
</context>
<context>
    <name>Provisioning</name>
    <message>
        <location filename="../app/provisioning.cpp" line="+121"/>
        <source>Add or import LGSP connection profiles.</source>
        <translation>Thêm hoặc nhập danh sách kết nối tới LGSP.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a profile with this name.</source>
        <translation>Thêm kết nối với tên này.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+36"/>
        <source>name</source>
        <translation>tên</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Base URL of the instance.</source>
        <translation>Địa chỉ gốc của hệ thống.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Backend kind: lgsp-v1, wso2-apim (WSO2 API Manager 4.x) or xroad-ss (an X-Road security server alone, its API key on standard input).</source>
        <translation>Loại máy chủ: lgsp-v1, wso2-apim (WSO2 API Manager 4.x) hoặc xroad-ss (riêng một máy chủ an ninh X-Road, khoá API nhập qua đầu vào chuẩn).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>wso2-apim: the API Manager user; the password is read from standard input (--secret-stdin).</source>
        <translation>wso2-apim: tài khoản người dùng API Manager; mật khẩu được đọc từ đầu vào chuẩn (--secret-stdin).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>user</source>
        <translation>tài khoản</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>wso2-apim: the gateway&apos;s URL (default: the same host, port 8243).</source>
        <translation>wso2-apim: địa chỉ URL của cổng giao dịch (mặc định: cùng máy chủ, cổng 8243).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>wso2-apim: keep the password in the keychain too (otherwise only the OAuth client registered with it is kept).</source>
        <translation>wso2-apim: lưu cả mật khẩu vào kho khoá (nếu không, chỉ lưu ứng dụng OAuth đã đăng ký bằng mật khẩu đó).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OAuth2 client id.</source>
        <translation>Mã ứng dụng (client id) OAuth2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Group, e.g. Bộ or Tỉnh.</source>
        <translation>Nhóm, ví dụ Bộ hoặc Tỉnh.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>group</source>
        <translation>nhóm</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Extra CA certificate (PEM) to trust for this instance.</source>
        <translation>Chứng thư CA bổ sung (PEM) được tin cậy cho hệ thống này.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+7"/>
        <source>file</source>
        <translation>tệp</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Never change anything on this instance.</source>
        <translation>Không bao giờ thay đổi gì trên hệ thống này (chỉ xem).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read the client secret or API key from standard input.</source>
        <translation>Đọc mật khẩu ứng dụng (client secret) hoặc khoá API từ đầu vào chuẩn.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import the profiles of this JSON file.</source>
        <translation>Nhập các kết nối trong tệp JSON này.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove the profile with this name and its secrets from the keychain.</source>
        <translation>Xoá kết nối mang tên này và các mật khẩu của nó khỏi kho khoá.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No profile named %1.</source>
        <translation>Không có kết nối nào mang tên %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Profile %1 removed, but its secrets could not be removed from the keychain: %2</source>
        <translation>Đã xoá kết nối %1, nhưng không xoá được các mật khẩu của nó khỏi kho khoá: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Profile %1 and its secrets removed.</source>
        <translation>Đã xoá kết nối %1 cùng các mật khẩu của nó.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot read %1: %2</source>
        <translation>Không đọc được %1: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 was not imported: %2</source>
        <translation>Không nhập được %1: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n profile(s) imported.</source>
        <translation>
            <numerusform>Đã nhập %n kết nối.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A profile named %1 exists already.</source>
        <translation>Đã có kết nối mang tên %1.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Unknown kind &quot;%1&quot;; use one of: %2.</source>
        <translation>Loại máy chủ &quot;%1&quot; không hợp lệ; hãy dùng một trong: %2.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A wso2-apim profile needs the user&apos;s password on standard input (--secret-stdin).</source>
        <translation>Kết nối wso2-apim cần mật khẩu của tài khoản qua đầu vào chuẩn (--secret-stdin).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>An xroad-ss profile needs the security server&apos;s API key on standard input (--secret-stdin).</source>
        <translation>Kết nối loại xroad-ss cần khoá API của máy chủ an ninh qua đầu vào chuẩn (--secret-stdin).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 holds no PEM certificate.</source>
        <translation>%1 không chứa chứng thư PEM nào.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The profile is not valid: %1</source>
        <translation>Kết nối không hợp lệ: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No secret on standard input.</source>
        <translation>Không có mật khẩu ở đầu vào chuẩn.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The OAuth client could not be registered with %1: %2</source>
        <translation>Không đăng ký được ứng dụng OAuth với %1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>OAuth client registered with WSO2 API Manager for %1.</source>
        <translation>Đã đăng ký ứng dụng OAuth với WSO2 API Manager cho tài khoản %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Profile %1 added.</source>
        <translation>Đã thêm kết nối %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The secret could not be stored in the keychain (%1); the console will ask for it.</source>
        <translation>Không lưu được mật khẩu vào kho khoá của hệ điều hành (%1); bảng điều khiển sẽ hỏi lại khi cần.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Secret stored in the keychain.</source>
        <translation>Đã lưu mật khẩu vào kho khoá của hệ điều hành.</translation>
    </message>
</context>
<context>
    <name>ReportChart</name>
    <message>
        <location filename="../models/reports/reportchart.cpp" line="+120"/>
        <source>Transactions a day</source>
        <translation>Số giao dịch mỗi ngày</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Errors</source>
        <translation>Số lỗi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No data from the source</source>
        <translation>Nguồn dữ liệu không có số liệu</translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message>
        <location filename="../app/reportcommand.cpp" line="+76"/>
        <source>Write the traffic report of a period without a window.</source>
        <translation>Lập báo cáo giao dịch của một kỳ mà không mở cửa sổ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write a traffic report.</source>
        <translation>Lập báo cáo giao dịch.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The period: a month (2026-11), a quarter (2026-Q4), a year (2026) or days (2026-11-01..2026-11-15).</source>
        <translation>Kỳ báo cáo: một tháng (2026-11), một quý (2026-Q4), một năm (2026) hoặc một khoảng ngày (2026-11-01..2026-11-15).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Report on the profile with this name (repeatable).</source>
        <translation>Báo cáo về hồ sơ kết nối có tên này (dùng được nhiều lần).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name</source>
        <translation>tên</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Report on every profile of this group.</source>
        <translation>Báo cáo về mọi hồ sơ kết nối trong nhóm này.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>group</source>
        <translation>nhóm</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Report on every profile (the default).</source>
        <translation>Báo cáo về mọi hồ sơ kết nối (mặc định).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Output format: xlsx, pdf or csv (the tenants&apos; table).</source>
        <translation>Định dạng đầu ra: xlsx, pdf hoặc csv (bảng đơn vị).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file to write.</source>
        <translation>Tệp sẽ ghi.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>file</source>
        <translation>tệp</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How many ministries and provinces to rank (5 unless told).</source>
        <translation>Số bộ, ngành và tỉnh, thành phố được xếp hạng (mặc định 5).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The days&apos; time zone: a name (Asia/Ho_Chi_Minh) or an offset (+07:00); the system&apos;s unless told.</source>
        <translation>Múi giờ để chia ngày: tên múi giờ (Asia/Ho_Chi_Minh) hoặc độ lệch (+07:00); mặc định theo hệ điều hành.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>zone</source>
        <translation>múi giờ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Report on a local lgsp-sandbox started for the purpose, with past traffic.</source>
        <translation>Báo cáo về một lgsp-sandbox cục bộ khởi động riêng cho việc này, có sẵn số liệu giao dịch các ngày trước.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language of the report and the messages: vi or en.</source>
        <translation>Ngôn ngữ của báo cáo và thông báo: vi hoặc en.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Which period? Add --period, for example --period 2026-11.</source>
        <translation>Chưa chọn kỳ báo cáo. Thêm --period, ví dụ --period 2026-11.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Which format? Add --format xlsx, pdf or csv.</source>
        <translation>Chưa chọn định dạng. Thêm --format xlsx, pdf hoặc csv.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unknown format &quot;%1&quot;; use xlsx, pdf or csv.</source>
        <translation>Không có định dạng &quot;%1&quot;; hãy dùng xlsx, pdf hoặc csv.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where to? Add --output FILE.</source>
        <translation>Chưa chọn nơi ghi. Thêm --output TỆP.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--top takes a number from 1 to 100.</source>
        <translation>--top nhận một số từ 1 đến 100.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown time zone &quot;%1&quot;; use a name such as Asia/Ho_Chi_Minh or an offset such as +07:00.</source>
        <translation>Không nhận ra múi giờ &quot;%1&quot;; hãy dùng tên như Asia/Ho_Chi_Minh hoặc độ lệch như +07:00.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No profile is in the group %1.</source>
        <translation>Không có hồ sơ kết nối nào trong nhóm %1.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The report could not be made: %1</source>
        <translation>Không lập được báo cáo: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 written: %2 transactions from %3 to %4.</source>
        <translation>Đã ghi %1: %2 giao dịch từ %3 đến %4.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>The sources hold nothing for %n day(s) of the period; they are not counted.</source>
        <translation>
            <numerusform>Nguồn dữ liệu không có số liệu của %n ngày trong kỳ; những ngày này không được tính.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportExport</name>
    <message>
        <location filename="../models/reports/reportexport.cpp" line="+42"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Bảng tính Excel (*.xlsx)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF document (*.pdf)</source>
        <translation>Tài liệu PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV file (*.csv)</source>
        <translation>Tệp CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Cannot write %1: %2</source>
        <translation>Không ghi được %1: %2</translation>
    </message>
</context>
<context>
    <name>ReportPdf</name>
    <message>
        <location filename="../models/reports/reportpdf.cpp" line="+87"/>
        <source>Page %1 of %2</source>
        <translation>Trang %1/%2</translation>
    </message>
    <message>
        <location line="+197"/>
        <source>Nothing in this period.</source>
        <translation>Không có số liệu trong kỳ này.</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Transactions report</source>
        <translation>Báo cáo giao dịch</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: from %2 to %3</source>
        <translation>Kỳ %1: từ ngày %2 đến ngày %3</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Transactions</source>
        <translation>Số giao dịch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Errors</source>
        <translation>Số lỗi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Success rate</source>
        <translation>Tỷ lệ thành công</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>p95</source>
        <translation>p95</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>On the period before</source>
        <translation>So với kỳ trước</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Transactions and errors a day</source>
        <translation>Giao dịch và lỗi theo ngày</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Made by LGSP Console %1 on %2.</source>
        <translation>Lập bằng LGSP Console %1 lúc %2.</translation>
    </message>
    <message>
        <location line="+35"/>
        <location line="+18"/>
        <source>Cannot write %1: %2</source>
        <translation>Không ghi được %1: %2</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Transactions report: %1, %2</source>
        <translation>Báo cáo giao dịch: %1, kỳ %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot write %1.</source>
        <translation>Không ghi được %1.</translation>
    </message>
</context>
<context>
    <name>ReportPeriod</name>
    <message>
        <location filename="../models/reports/reportperiod.cpp" line="+54"/>
        <source>The range %1 ends before it starts.</source>
        <translation>Khoảng ngày %1 kết thúc trước khi bắt đầu.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is not a period: write a month (2026-11), a quarter (2026-Q4), a year (2026) or a range of days (2026-11-01..2026-11-30).</source>
        <translation>&quot;%1&quot; không phải là một kỳ báo cáo: hãy ghi một tháng (2026-11), một quý (2026-Q4), một năm (2026) hoặc một khoảng ngày (2026-11-01..2026-11-30).</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Q%1/%2</source>
        <translation>Quý %1/%2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
</context>
<context>
    <name>ReportTable</name>
    <message>
        <location filename="../models/reports/reporttables.cpp" line="+30"/>
        <source>Agency code</source>
        <translation>Mã định danh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+65"/>
        <location line="+28"/>
        <source>Transactions</source>
        <translation>Số giao dịch</translation>
    </message>
    <message>
        <location line="-92"/>
        <location line="+64"/>
        <location line="+29"/>
        <source>Errors</source>
        <translation>Số lỗi</translation>
    </message>
    <message>
        <location line="-92"/>
        <location line="+64"/>
        <source>Success rate</source>
        <translation>Tỷ lệ thành công</translation>
    </message>
    <message>
        <location line="-63"/>
        <location line="+64"/>
        <location line="+28"/>
        <source>p95 (ms)</source>
        <translation>p95 (ms)</translation>
    </message>
    <message>
        <location line="-91"/>
        <source>Share</source>
        <translation>Tỷ trọng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change on the period before</source>
        <translation>Thay đổi so với kỳ trước</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Tenants</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Top ministries</source>
        <translation>Bộ, ngành nhiều nhất</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Top provinces</source>
        <translation>Tỉnh, thành phố nhiều nhất</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Services</source>
        <translation>Dịch vụ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Instance</source>
        <translation>Hệ thống</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service</source>
        <translation>Dịch vụ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Provider</source>
        <translation>Đơn vị cung cấp</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Top consumers</source>
        <translation>Đơn vị khai thác nhiều nhất</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Days</source>
        <translation>Theo ngày</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Day</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No data from the source</source>
        <translation>Nguồn dữ liệu không có số liệu</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Partly held by the source</source>
        <translation>Nguồn dữ liệu chỉ có một phần</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 (%)</source>
        <translation>%1 (%)</translation>
    </message>
</context>
<context>
    <name>ReportXlsx</name>
    <message>
        <location filename="../models/reports/reportxlsx.cpp" line="+173"/>
        <source>Cannot create %1.</source>
        <translation>Không tạo được %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+5"/>
        <source>Summary</source>
        <translation>Tóm tắt</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Instance</source>
        <translation>Hệ thống</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period</source>
        <translation>Kỳ báo cáo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>Từ ngày</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>Đến ngày</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Transactions through %1, %2</source>
        <translation>Giao dịch qua %1, kỳ %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+9"/>
        <source>Cannot write %1: %2</source>
        <translation>Không ghi được %1: %2</translation>
    </message>
</context>
<context>
    <name>SeriesStore</name>
    <message>
        <location filename="../models/series/seriesstore.cpp" line="+55"/>
        <source>Cannot open the chart history %1: %2</source>
        <translation>Không mở được lịch sử biểu đồ %1: %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 is not a chart history of this version of the console; it is left as it is.</source>
        <translation>%1 không phải là lịch sử biểu đồ của phiên bản ứng dụng này; tệp được giữ nguyên.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The chart history is not open.</source>
        <translation>Lịch sử biểu đồ chưa được mở.</translation>
    </message>
</context>
<context>
    <name>ServerCheckText</name>
    <message>
        <location filename="../client/health/serverchecktext.cpp" line="+59"/>
        <source>Not checked yet.</source>
        <translation>Chưa kiểm tra.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%1, schema version %2, %n tenant(s).</source>
        <translation>
            <numerusform>%1, lược đồ phiên bản %2, %n đơn vị.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The database does not answer: %1</source>
        <translation>Cơ sở dữ liệu không trả lời: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 MiB free (%2 %).</source>
        <translation>Còn trống %1 MiB (%2 %).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Free space unknown: the file system of %1 could not be read.</source>
        <translation>Không rõ dung lượng trống: không đọc được hệ thống tệp chứa %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Accepting calls.</source>
        <translation>Đang nhận lời gọi.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Plain HTTP: no certificate in use.</source>
        <translation>HTTP thường: không dùng chứng thư số nào.</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Certificate %1 expires in %n day(s), on %2.</source>
        <translation>
            <numerusform>Chứng thư số %1 hết hạn sau %n ngày, vào %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Certificate %1 expired %n day(s) ago.</source>
        <translation>
            <numerusform>Chứng thư số %1 đã hết hạn %n ngày trước.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No NDXP upstream is configured.</source>
        <translation>Chưa cấu hình điểm kết nối lên NDXP.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reached %1.</source>
        <translation>Đã kết nối được tới %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot reach %1: the connection was refused.</source>
        <translation>Không kết nối được tới %1: kết nối bị từ chối.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot reach %1: its host name was not found.</source>
        <translation>Không kết nối được tới %1: không tìm thấy tên máy chủ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot reach %1: %2</source>
        <translation>Không kết nối được tới %1: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>No answer from %1 within %n second(s).</source>
        <translation>
            <numerusform>%1 không trả lời trong vòng %n giây.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrafficCsv</name>
    <message>
        <location filename="../models/traffic/trafficcsv.cpp" line="+30"/>
        <source>No data: stream lost</source>
        <translation>Không có dữ liệu: mất luồng trực tiếp</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No data: instance down</source>
        <translation>Không có dữ liệu: hệ thống ngừng hoạt động</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No data: reconnecting</source>
        <translation>Không có dữ liệu: đang kết nối lại</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>partial: counted so far</source>
        <translation>chưa đầy đủ: mới tính đến lúc này</translation>
    </message>
</context>
<context>
    <name>ValidateBundleCommand</name>
    <message>
        <location filename="../app/validatebundlecommand.cpp" line="+26"/>
        <source>Check configuration bundles without a window.</source>
        <translation>Kiểm tra gói cấu hình mà không mở cửa sổ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The bundle file to check (repeatable).</source>
        <translation>Tệp gói cấu hình cần kiểm tra (có thể lặp lại).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>file</source>
        <translation>tệp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Output format: text or json.</source>
        <translation>Định dạng kết quả: text hoặc json.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language of the messages: vi or en.</source>
        <translation>Ngôn ngữ của thông báo: vi hoặc en.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Unknown format &quot;%1&quot;; use text or json.</source>
        <translation>Không rõ định dạng “%1”; hãy dùng text hoặc json.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1: valid (tenants: %2, services: %3)</source>
        <translation>%1: hợp lệ (đơn vị: %2, dịch vụ: %3)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: cannot be read</source>
        <translation>%1: không đọc được</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1: %n problem(s)</source>
        <translation>
            <numerusform>%1: %n lỗi</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No bundle file given.</source>
        <translation>Chưa chỉ ra tệp gói cấu hình nào.</translation>
    </message>
</context>
<context>
    <name>Wso2Analytics</name>
    <message>
        <location filename="../client/metrics/elastic/wso2analytics.cpp" line="+32"/>
        <source>An index pattern may hold only lower-case letters, digits, &quot;_&quot;, &quot;-&quot;, &quot;.&quot;, &quot;+&quot; and &quot;*&quot;, several separated by commas.</source>
        <translation>Mẫu tên chỉ mục chỉ được chứa chữ thường, chữ số, &quot;_&quot;, &quot;-&quot;, &quot;.&quot;, &quot;+&quot; và &quot;*&quot;; nhiều mẫu thì cách nhau bằng dấu phẩy.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The time and latency fields must be field names, such as requestTimestamp and responseLatency.</source>
        <translation>Trường thời gian và trường độ trễ phải là tên trường, ví dụ requestTimestamp và responseLatency.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+2"/>
        <source>The keyword sub-field must be empty or a dot and a name, such as .keyword.</source>
        <translation>Trường con từ khóa phải để trống hoặc là một dấu chấm và một tên, ví dụ .keyword.</translation>
    </message>
</context>
<context>
    <name>XRoadChecks</name>
    <message>
        <location filename="../client/xroad/xroadchecks.cpp" line="+28"/>
        <source>unknown</source>
        <translation>không rõ</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The global configuration has expired: the security server cannot exchange messages with NDXP.</source>
        <translation>Cấu hình toàn cục đã hết hạn: máy chủ an ninh không thể trao đổi thông điệp với NDXP.</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Not known: this version of the security server does not report it.</source>
        <translation>Không rõ: phiên bản máy chủ an ninh này không báo thông tin này.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The last download of the global configuration failed (%1); last success %2.</source>
        <translation>Lần tải cấu hình toàn cục gần nhất bị lỗi (%1); lần thành công gần nhất: %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The global configuration has not been downloaded yet.</source>
        <translation>Chưa tải được cấu hình toàn cục.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The global configuration was due at %1 and has not been downloaded since %2.</source>
        <translation>Cấu hình toàn cục lẽ ra được tải lại lúc %1 nhưng chưa được tải kể từ %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Downloaded at %1; next at %2.</source>
        <translation>Đã tải lúc %1; lần tải tiếp theo lúc %2.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No timestamping service is configured: messages cannot be logged, so none are sent.</source>
        <translation>Chưa cấu hình dịch vụ cấp dấu thời gian: không ghi nhật ký thông điệp được nên không thông điệp nào được gửi.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Every timestamping service fails: %1</source>
        <translation>Mọi dịch vụ cấp dấu thời gian đều lỗi: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n timestamping services answer.</source>
        <translation>
            <numerusform>%n dịch vụ cấp dấu thời gian đang phản hồi.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of %2 timestamping services do not answer: %3</source>
        <translation>%1 trên %2 dịch vụ cấp dấu thời gian không phản hồi: %3</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 fails (%2)</source>
        <translation>%1 bị lỗi (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 has not answered yet</source>
        <translation>%1 chưa phản hồi</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 last answered at %2, more than an hour ago (check the clocks)</source>
        <translation>%1 phản hồi lần cuối lúc %2, đã hơn một giờ (hãy kiểm tra đồng hồ)</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n OCSP responders answer.</source>
        <translation>
            <numerusform>%n máy chủ OCSP đang phản hồi.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The software token is not logged in: nothing can be signed.</source>
        <translation>Token phần mềm chưa được đăng nhập: không thể ký số.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not known: the tokens could not be read.</source>
        <translation>Không rõ: không đọc được các token.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>authentication certificate</source>
        <translation>chứng thư xác thực</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>signing certificate</source>
        <translation>chứng thư ký số</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>certificate</source>
        <translation>chứng thư số</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The %1 of %2 expired on %3.</source>
        <translation>%2: %1 đã hết hạn vào %3.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <location line="+5"/>
        <source>The %1 of %2 expires on %3, in %n days.</source>
        <translation>
            <numerusform>%2: %1 hết hạn vào %3, còn %n ngày.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The %1 of %2 is revoked.</source>
        <translation>%2: %1 đã bị thu hồi.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The OCSP status of the %1 of %2 is %3.</source>
        <translation>%2: trạng thái OCSP của %1 là %3.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>The server reports %n certificates with errors.</source>
        <translation>
            <numerusform>Máy chủ báo %n chứng thư số có lỗi.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The last automatic certificate renewal failed.</source>
        <translation>Lần tự động gia hạn chứng thư số gần nhất bị lỗi.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n active certificates, none expiring within 30 days.</source>
        <translation>
            <numerusform>%n chứng thư số đang dùng, không chứng thư nào hết hạn trong 30 ngày tới.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The TLS certificate of %1 expired on %2: information systems cannot connect to the security server.</source>
        <translation>Chứng thư TLS của %1 đã hết hạn vào %2: các hệ thống thông tin không kết nối được tới máy chủ an ninh.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>The TLS certificate of %1 expires on %2, in %n days.</source>
        <translation>
            <numerusform>Chứng thư TLS của %1 hết hạn vào %2, còn %n ngày.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The TLS certificate of %1 is valid until %2.</source>
        <translation>Chứng thư TLS của %1 còn hiệu lực đến %2.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Not known: X-Road reports its add-ons and backup encryption from version 7.1.</source>
        <translation>Không rõ: X-Road chỉ báo các thành phần bổ sung và việc mã hoá bản sao lưu từ phiên bản 7.1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The message log is off: no signed record of the exchanges is kept.</source>
        <translation>Nhật ký thông điệp đang tắt: không lưu bản ghi có ký số của các lần trao đổi.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The message log is on.</source>
        <translation>Nhật ký thông điệp đang bật.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backups are not encrypted: they hold the server&apos;s keys and configuration in the clear.</source>
        <translation>Bản sao lưu không được mã hoá: khoá và cấu hình của máy chủ nằm trong đó ở dạng rõ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Backups are encrypted.</source>
        <translation>Bản sao lưu được mã hoá.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Operational monitoring is off.</source>
        <translation>Giám sát vận hành đang tắt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Operational monitoring is on.</source>
        <translation>Giám sát vận hành đang bật.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Not known: operational monitoring is off on the security server.</source>
        <translation>Không rõ: giám sát vận hành đang tắt trên máy chủ an ninh.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not known: X-Road reports its exchanges from version 7.7.</source>
        <translation>Không rõ: X-Road chỉ báo số lần trao đổi từ phiên bản 7.7.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 exchanges in the last hour, %2 of them failed.</source>
        <translation>%1 lần trao đổi trong 1 giờ qua, %2 lần bị lỗi.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 % failed.</source>
        <translation>%1 % bị lỗi.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Not known: the clients could not be read.</source>
        <translation>Không rõ: không đọc được danh sách thành viên.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No member or subsystem is on this security server.</source>
        <translation>Không có thành viên hay phân hệ nào trên máy chủ an ninh này.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is missing from the global configuration: NDXP does not know it.</source>
        <translation>%1 không có trong cấu hình toàn cục: NDXP không nhận biết đơn vị này.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is disabled: it neither sends nor answers.</source>
        <translation>%1 đang bị vô hiệu hoá: không gửi và không trả lời yêu cầu.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not registered (%2).</source>
        <translation>%1 chưa được đăng ký (%2).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>They offer %1 services in %2 service descriptions, %3 of them disabled.</source>
        <translation>Các phân hệ cung cấp %1 dịch vụ trong %2 bản mô tả dịch vụ, %3 bản đang bị vô hiệu hoá.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>They offer %1 services in %2 service descriptions.</source>
        <translation>Các phân hệ cung cấp %1 dịch vụ trong %2 bản mô tả dịch vụ.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n members and subsystems registered.</source>
        <translation>
            <numerusform>%n thành viên và phân hệ đã đăng ký.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Security server</source>
        <translation>Máy chủ an ninh</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Global configuration</source>
        <translation>Cấu hình toàn cục</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Timestamping services</source>
        <translation>Dịch vụ cấp dấu thời gian</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OCSP responders</source>
        <translation>Máy chủ OCSP</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signing and authentication certificates</source>
        <translation>Chứng thư ký số và xác thực</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TLS certificate</source>
        <translation>Chứng thư TLS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Message log and backups</source>
        <translation>Nhật ký thông điệp và sao lưu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exchanges in the last hour</source>
        <translation>Trao đổi trong 1 giờ qua</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Members and subsystems</source>
        <translation>Thành viên và phân hệ</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>registered</source>
        <translation>đã đăng ký</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>saved, not sent for registration</source>
        <translation>đã lưu, chưa gửi đăng ký</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>registration in progress</source>
        <translation>đang đăng ký</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>deletion in progress</source>
        <translation>đang xoá</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>missing from the global configuration</source>
        <translation>không có trong cấu hình toàn cục</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>disabled</source>
        <translation>đã vô hiệu hoá</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>being disabled</source>
        <translation>đang vô hiệu hoá</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>being enabled</source>
        <translation>đang kích hoạt lại</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The security server at %1 cannot be read: %2</source>
        <translation>Không đọc được máy chủ an ninh tại %1: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>standalone</source>
        <translation>độc lập</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>primary node</source>
        <translation>nút chính</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>secondary node</source>
        <translation>nút phụ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>X-Road Security Server %1%2: version 6 is no longer maintained.</source>
        <translation>Máy chủ an ninh X-Road %1%2: phiên bản 6 không còn được bảo trì.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>X-Road Security Server %1%2.</source>
        <translation>Máy chủ an ninh X-Road %1%2.</translation>
    </message>
</context>
<context>
    <name>lgsp::app::DemoSession</name>
    <message>
        <location filename="../app/demosession.cpp" line="+25"/>
        <source>Local sandbox</source>
        <translation>LGSP thử nghiệm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Demo</source>
        <translation>Dùng thử</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The sandbox&apos;s credential could not be read.</source>
        <translation>Không đọc được thông tin xác thực của hệ thống thử nghiệm.</translation>
    </message>
</context>
<context>
    <name>lgsp::app::WindowCapture</name>
    <message>
        <location filename="../app/windowcapture.cpp" line="+24"/>
        <source>The window was not ready in time; capturing it as it is.</source>
        <translation>Cửa sổ chưa sẵn sàng sau thời gian chờ; chụp ảnh ở trạng thái hiện tại.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Cannot write the screenshot to %1.</source>
        <translation>Không ghi được ảnh chụp màn hình vào %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Screenshot saved to %1.</source>
        <translation>Đã lưu ảnh chụp màn hình vào %1.</translation>
    </message>
</context>
<context>
    <name>lgsp::client::Call</name>
    <message>
        <location filename="../client/net/call.cpp" line="+297"/>
        <location line="+11"/>
        <source>the server presented %1</source>
        <translation>máy chủ trình chứng thư %1</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>no complete answer within %1 s</source>
        <translation>không nhận đủ phản hồi trong %1 giây</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the response is larger than %1 MiB</source>
        <translation>phản hồi lớn hơn %1 MiB</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>the server redirects to %1; update the profile&apos;s address</source>
        <translation>máy chủ chuyển hướng tới %1; hãy cập nhật địa chỉ trong kết nối</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>(x-road-ui-correlation-id %1)</source>
        <translation>(x-road-ui-correlation-id %1)</translation>
    </message>
</context>
<context>
    <name>lgsp::client::CredentialAuthenticator</name>
    <message>
        <location filename="../client/auth/credentialauthenticator.cpp" line="+75"/>
        <source>no API key for this profile in the keychain</source>
        <translation>kho khoá không có khoá API cho kết nối này</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>no WSO2 OAuth client for this profile in the keychain; register one with the user&apos;s password</source>
        <translation>kho khoá không có ứng dụng OAuth WSO2 cho kết nối này; hãy đăng ký bằng mật khẩu của tài khoản</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the profile has no client id</source>
        <translation>kết nối chưa có mã ứng dụng (client id)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no client secret for this profile in the keychain</source>
        <translation>kho khoá không có mật khẩu ứng dụng (client secret) cho kết nối này</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>the token endpoint refused the user name or password kept for this profile (%1)</source>
        <translation>điểm cấp mã truy cập từ chối tên đăng nhập hoặc mật khẩu đã lưu cho kết nối này (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the token endpoint refused the client id or secret (%1)</source>
        <translation>máy chủ cấp token từ chối mã ứng dụng hoặc mật khẩu (%1)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>token response: %1</source>
        <translation>phản hồi cấp token: %1</translation>
    </message>
</context>
<context>
    <name>lgsp::client::HealthProbe</name>
    <message>
        <location filename="../client/health/healthprobetitles.cpp" line="+11"/>
        <source>Name resolution</source>
        <translation>Phân giải tên miền</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connection</source>
        <translation>Kết nối mạng</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Secure connection (TLS)</source>
        <translation>Kết nối bảo mật (TLS)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Server certificate</source>
        <translation>Chứng thư số máy chủ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Server and API version</source>
        <translation>Phiên bản máy chủ và API</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clock</source>
        <translation>Đồng hồ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Authentication</source>
        <translation>Xác thực</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Server checks</source>
        <translation>Kiểm tra phía máy chủ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Traffic data source</source>
        <translation>Nguồn số liệu giao dịch</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Database</source>
        <translation>Cơ sở dữ liệu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gateway</source>
        <translation>Cổng giao dịch (gateway)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Link to NDXP</source>
        <translation>Kết nối tới NDXP</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Server&apos;s own certificates</source>
        <translation>Chứng thư số của máy chủ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Disk space</source>
        <translation>Dung lượng đĩa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Publisher API</source>
        <translation>Publisher API</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Service Catalog API</source>
        <translation>Service Catalog API</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>APIs deployed on the gateway</source>
        <translation>API đã triển khai trên cổng giao dịch</translation>
    </message>
    <message>
        <location filename="../client/health/healthprobenetwork.cpp" line="+33"/>
        <source>The proxy %1:%2 resolves the name.</source>
        <translation>Máy chủ proxy %1:%2 phân giải tên miền.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is an address; nothing to resolve.</source>
        <translation>%1 là địa chỉ IP; không cần phân giải.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No answer from the name server within %1 s.</source>
        <translation>Máy chủ tên miền không trả lời trong %1 giây.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 does not resolve: %2</source>
        <translation>Không phân giải được %1: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 resolves to %2.</source>
        <translation>%1 được phân giải thành %2.</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+53"/>
        <source>the server presented %1</source>
        <translation>máy chủ trình chứng thư %1</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>No answer within %1 s.</source>
        <translation>Không có phản hồi trong %1 giây.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Port %1 of %2 answers.</source>
        <translation>Cổng %1 của %2 có phản hồi.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1, %2; trusted through the pinned certificate.</source>
        <translation>%1, %2; được tin cậy nhờ chứng thư đã ghim.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, %2.</source>
        <translation>%1, %2.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The server sent no certificate.</source>
        <translation>Máy chủ không gửi chứng thư số.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 Certificate: %2, issued by %3, valid until %4.</source>
        <translation>%1 Chứng thư: %2, do %3 cấp, có hiệu lực đến %4.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1, issued by %2, expired on %3.</source>
        <translation>%1, do %2 cấp, đã hết hạn ngày %3.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1, issued by %2, valid until %3 (%n day(s) left).</source>
        <translation>
            <numerusform>%1, do %2 cấp, có hiệu lực đến %3 (còn %n ngày).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>connection refused (nothing listens on that port, or a firewall refuses)</source>
        <translation>bị từ chối kết nối (không có dịch vụ nào nghe ở cổng đó, hoặc tường lửa chặn)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>host name not found</source>
        <translation>không tìm thấy tên máy chủ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>network unreachable</source>
        <translation>không tới được mạng</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Port %1 of %2 does not answer: %3</source>
        <translation>Cổng %1 của %2 không phản hồi: %3</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Plain HTTP on this computer (loopback): nothing leaves the machine.</source>
        <translation>HTTP không mã hoá trên chính máy này (loopback): dữ liệu không ra khỏi máy.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Plain HTTP: the credential and the data travel unencrypted. Use HTTPS.</source>
        <translation>HTTP không mã hoá: thông tin xác thực và dữ liệu truyền đi không được mã hoá. Hãy dùng HTTPS.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No certificate over plain HTTP.</source>
        <translation>Không có chứng thư số khi dùng HTTP không mã hoá.</translation>
    </message>
    <message>
        <location filename="../client/health/healthprobe.cpp" line="+132"/>
        <source>%1, API %2 (the server does not tell its version).</source>
        <translation>%1, API %2 (máy chủ không cho biết phiên bản).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, server %2, API %3.</source>
        <translation>%1, máy chủ %2, API %3.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server does not tell its time; its clock cannot be compared.</source>
        <translation>Máy chủ không cho biết giờ của nó; không so sánh được đồng hồ.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The server&apos;s clock agrees with this computer&apos;s (within 1 s).</source>
        <translation>Đồng hồ máy chủ khớp với máy tính này (lệch dưới 1 giây).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server&apos;s clock is %1 s ahead of this computer&apos;s.</source>
        <translation>Đồng hồ máy chủ nhanh hơn máy tính này %1 giây.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server&apos;s clock is %1 s behind this computer&apos;s.</source>
        <translation>Đồng hồ máy chủ chậm hơn máy tính này %1 giây.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The security server accepts the API key.</source>
        <translation>Máy chủ an ninh chấp nhận khoá API.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The profile uses no credential.</source>
        <translation>Kết nối này không dùng thông tin xác thực.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The API key is accepted.</source>
        <translation>Khoá API được chấp nhận.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The client credential is accepted; the token is valid until %1.</source>
        <translation>Thông tin xác thực ứng dụng được chấp nhận; token có hiệu lực đến %1.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The server reports no checks.</source>
        <translation>Máy chủ không báo kết quả kiểm tra nào.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>No complete answer after %1 s: %2</source>
        <translation>Không có câu trả lời đầy đủ sau %1 giây: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Not checked: an earlier step failed.</source>
        <translation>Chưa kiểm tra: một bước trước đó đã lỗi.</translation>
    </message>
</context>
<context>
    <name>lgsp::client::LiveStream</name>
    <message>
        <location filename="../client/stream/livestream.cpp" line="+42"/>
        <source>no message from the stream for %1 s</source>
        <translation>không nhận được thông điệp nào từ luồng dữ liệu trong %1 giây</translation>
    </message>
    <message>
        <location line="+120"/>
        <source>the stream closed (%1): %2</source>
        <translation>luồng dữ liệu bị đóng (%1): %2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>the stream refused the subscription: %1</source>
        <translation>luồng dữ liệu từ chối đăng ký theo dõi: %1</translation>
    </message>
</context>
<context>
    <name>lgsp::client::LocalSandbox</name>
    <message>
        <location filename="../client/localsandbox.cpp" line="+51"/>
        <source>The sandbox program %1 could not be started: %2</source>
        <translation>Không khởi chạy được chương trình sandbox %1: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The sandbox stopped before it was ready (exit code %1).</source>
        <translation>Sandbox đã dừng trước khi sẵn sàng (mã thoát %1).</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>The sandbox did not start within %n second(s).</source>
        <translation>
            <numerusform>Sandbox không khởi động xong trong %n giây.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+71"/>
        <source>No temporary directory for the sandbox: %1</source>
        <translation>Không tạo được thư mục tạm cho sandbox: %1</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>The sandbox program was not found at %1.</source>
        <translation>Không tìm thấy chương trình sandbox tại %1.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The sandbox&apos;s folder %1 could not be locked.</source>
        <translation>Không khóa được thư mục %1 của sandbox.</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>The sandbox printed an unexpected first line.</source>
        <translation>Sandbox in ra dòng đầu tiên không đúng định dạng.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The sandbox printed an unexpected first line: %1</source>
        <translation>Sandbox in ra dòng đầu tiên không đúng định dạng: %1</translation>
    </message>
</context>
<context>
    <name>lgsp::client::PrometheusSource</name>
    <message>
        <location filename="../client/metrics/prometheus/prometheussource.cpp" line="+230"/>
        <source>%1 slots asked; Prometheus gives at most %2 points per series</source>
        <translation>Yêu cầu %1 khoảng; Prometheus chỉ trả tối đa %2 điểm cho mỗi chuỗi</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Prometheus has no series for this mapping and selector in this range.</source>
        <translation>Prometheus không có chuỗi số liệu nào khớp với ánh xạ và bộ chọn này trong khoảng thời gian này.</translation>
    </message>
    <message>
        <location filename="../client/metrics/prometheus/prometheussource.h" line="+52"/>
        <source>Prometheus at %1</source>
        <translation>Prometheus tại %1</translation>
    </message>
</context>
<context>
    <name>lgsp::client::StaticAuthenticator</name>
    <message>
        <location filename="../client/auth/staticauthenticator.cpp" line="+32"/>
        <source>The security server&apos;s API key is not in the keychain: enter it in the connection manager.</source>
        <translation>Khoá API của máy chủ an ninh không có trong kho khoá: hãy nhập trong trình quản lý kết nối.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The metric source&apos;s password or token is not in the keychain: enter it in the connection manager.</source>
        <translation>Mật khẩu hoặc token của nguồn số liệu không có trong kho khoá: hãy nhập trong trình quản lý kết nối.</translation>
    </message>
</context>
<context>
    <name>lgsp::client::Wso2AnalyticsSource</name>
    <message>
        <location filename="../client/metrics/elastic/wso2analyticssource.cpp" line="+76"/>
        <source>%1 slots asked; the console asks the cluster for at most %2 at once</source>
        <translation>Yêu cầu %1 khoảng thời gian; bảng điều khiển chỉ hỏi cụm tối đa %2 khoảng mỗi lần</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>A Service Catalog entry has no gateway traffic of its own: choose the API that publishes it.</source>
        <translation>Một mục trong Danh mục dịch vụ không có lưu lượng qua cổng của riêng nó: hãy chọn API công bố mục đó.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>The gateway&apos;s own failures (%1) could not be read: %2</source>
        <translation>Không đọc được các lỗi do chính cổng ghi nhận (%1): %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The cluster answered without slots: no events of %1 in this range.</source>
        <translation>Cụm trả lời mà không có khoảng thời gian nào: không có sự kiện của %1 trong khoảng này.</translation>
    </message>
    <message>
        <location filename="../client/metrics/elastic/wso2analyticssource.h" line="+46"/>
        <source>WSO2&apos;s analytics at %1</source>
        <translation>dữ liệu phân tích của WSO2 tại %1</translation>
    </message>
</context>
<context>
    <name>lgsp::client::wso2</name>
    <message>
        <location filename="../client/backend/wso2codec.cpp" line="+34"/>
        <source>%1: expected a non-empty string</source>
        <translation>%1: cần một chuỗi không rỗng</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>/list: expected an array</source>
        <translation>/list: cần một mảng</translation>
    </message>
</context>
<context>
    <name>lgsp::models::AlertMonitor</name>
    <message>
        <location filename="../models/alerts/alertmonitor.cpp" line="+158"/>
        <source>Severity</source>
        <translation>Mức độ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Instance</source>
        <translation>Hệ thống</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alert</source>
        <translation>Cảnh báo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Since</source>
        <translation>Từ lúc</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Detail</source>
        <translation>Chi tiết</translation>
    </message>
</context>
<context>
    <name>lgsp::models::BundleDocument</name>
    <message>
        <location filename="../models/config/bundledocument.cpp" line="+72"/>
        <source>Province (rename me)</source>
        <translation>Tỉnh (hãy đặt tên)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Untitled bundle</source>
        <translation>Gói chưa đặt tên</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>New tenant</source>
        <translation>Đơn vị mới</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add tenant</source>
        <translation>Thêm đơn vị</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>New service</source>
        <translation>Dịch vụ mới</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Add service</source>
        <translation>Thêm dịch vụ</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Remove tenant %1</source>
        <translation>Xoá đơn vị %1</translation>
    </message>
</context>
<context>
    <name>lgsp::models::BundleSync</name>
    <message>
        <location filename="../models/config/bundlesync.cpp" line="+159"/>
        <source>The profile is read-only: it cannot apply configurations.</source>
        <translation>Hồ sơ kết nối chỉ được xem: không thể áp dụng cấu hình.</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>The bundle has %n error(s); nothing was sent.</source>
        <translation>
            <numerusform>Gói có %n lỗi; chưa gửi gì lên máy chủ.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Applied: revision %1</source>
        <translation>Đã áp dụng: phiên bản %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Base on revision %1</source>
        <translation>Lấy phiên bản %1 làm gốc</translation>
    </message>
</context>
<context>
    <name>lgsp::models::BundleTreeModel</name>
    <message>
        <location filename="../models/config/bundletreemodel.cpp" line="+51"/>
        <source>Bundle</source>
        <translation>Gói cấu hình</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>revision %1</source>
        <translation>phiên bản %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no base revision</source>
        <translation>chưa có phiên bản gốc</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Tenants (%1)</source>
        <translation>Đơn vị (%1)</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+13"/>
        <source>(no name)</source>
        <translation>(chưa có tên)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Services without a provider in the bundle</source>
        <translation>Dịch vụ không có đơn vị cung cấp trong gói</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Policies</source>
        <translation>Chính sách</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n entry(ies)</source>
        <translation>
            <numerusform>%n mục</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+108"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n lỗi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n cảnh báo</numerusform>
        </translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Item</source>
        <translation>Mục</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
</context>
<context>
    <name>lgsp::models::DefinitionStructure</name>
    <message>
        <location filename="../models/catalog/definitionstructure.cpp" line="+47"/>
        <source>The definition is nested more than %1 levels deep.</source>
        <translation>Đặc tả lồng nhau sâu hơn %1 cấp.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>(none)</source>
        <translation>(không có)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+7"/>
        <source>Document</source>
        <translation>Tài liệu</translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+4"/>
        <source>Path</source>
        <translation>Đường dẫn</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+2"/>
        <location line="+35"/>
        <location line="+234"/>
        <location line="+4"/>
        <source>Operation</source>
        <translation>Thao tác</translation>
    </message>
    <message>
        <location line="-230"/>
        <location line="+2"/>
        <location line="+6"/>
        <source>Parameter</source>
        <translation>Tham số</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+2"/>
        <source>Request body</source>
        <translation>Nội dung yêu cầu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>body</source>
        <translation>nội dung</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+2"/>
        <location line="+2"/>
        <source>Response</source>
        <translation>Phản hồi</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+4"/>
        <location line="+22"/>
        <location line="+4"/>
        <source>Schema</source>
        <translation>Lược đồ</translation>
    </message>
    <message>
        <location line="-13"/>
        <location line="+2"/>
        <location line="+2"/>
        <source>Property</source>
        <translation>Thuộc tính</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Line %1: %2</source>
        <translation>Dòng %1: %2</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Not valid JSON at byte %1: %2</source>
        <translation>JSON không hợp lệ tại byte %1: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The definition is not a mapping of fields.</source>
        <translation>Đặc tả không phải là một tập các trường.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not valid YAML at line %1: %2</source>
        <translation>YAML không hợp lệ tại dòng %1: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The two definitions are not both OpenAPI or both WSDL: only their text is compared.</source>
        <translation>Hai đặc tả không cùng là OpenAPI hoặc cùng là WSDL: chỉ so sánh nội dung văn bản.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+16"/>
        <source>The left definition cannot be read: %1</source>
        <translation>Không đọc được đặc tả bên trái: %1</translation>
    </message>
    <message>
        <location line="-12"/>
        <location line="+16"/>
        <source>The right definition cannot be read: %1</source>
        <translation>Không đọc được đặc tả bên phải: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Message</source>
        <translation>Thông điệp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schema element</source>
        <translation>Phần tử lược đồ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Added</source>
        <translation>Thêm</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Removed</source>
        <translation>Bỏ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Changed</source>
        <translation>Đổi</translation>
    </message>
</context>
<context>
    <name>lgsp::models::FleetModel</name>
    <message>
        <location filename="../models/fleet/fleetmodel.cpp" line="+54"/>
        <source>OK</source>
        <translation>Tốt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warning</source>
        <translation>Cảnh báo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failing</source>
        <translation>Có lỗi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unreachable</source>
        <translation>Không kết nối được</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stale</source>
        <translation>Dữ liệu cũ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting</source>
        <translation>Chờ kiểm tra</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checking…</source>
        <translation>Đang kiểm tra…</translation>
    </message>
    <message>
        <location line="+173"/>
        <source>No group</source>
        <translation>Chưa phân nhóm</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%1 (%n instance(s))</source>
        <translation>
            <numerusform>%1 (%n hệ thống)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Not checked yet: the console checks a few instances at a time, and this one waits its turn.</source>
        <translation>Chưa được kiểm tra: bảng điều khiển kiểm tra mỗi lần vài hệ thống, hệ thống này đang chờ đến lượt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No metrics source: WSO2 API Manager 4.x keeps its transaction analytics outside the product.</source>
        <translation>Không có nguồn số liệu: WSO2 API Manager 4.x lưu số liệu phân tích giao dịch bên ngoài sản phẩm.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Calls in the last 60 seconds; the line shows the last %n whole minute(s).</source>
        <translation>
            <numerusform>Số lượt gọi trong 60 giây gần nhất; đường nhỏ là %n phút tròn gần nhất.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1, API %2 (the server does not tell its version)</source>
        <translation>%1, API %2 (máy chủ không cho biết phiên bản)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, server %2, API %3</source>
        <translation>%1, máy chủ %2, API %3</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n ngày</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>plain HTTP</source>
        <translation>HTTP thường</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>in sync</source>
        <translation>khớp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 s</source>
        <translation>%1 giây</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Linked</source>
        <translation>Thông suốt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Degraded</source>
        <translation>Chập chờn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Down</source>
        <translation>Mất kết nối</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1/min</source>
        <translation>%1/phút</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Instance</source>
        <translation>Hệ thống</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Group</source>
        <translation>Nhóm</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Version</source>
        <translation>Phiên bản</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Latency</source>
        <translation>Độ trễ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TLS certificate</source>
        <translation>Chứng thư</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clock skew</source>
        <translation>Lệch giờ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>NDXP link</source>
        <translation>NDXP</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tenants</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Services</source>
        <translation>Dịch vụ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Calls</source>
        <translation>Lượt gọi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Errors</source>
        <translation>Lỗi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Updated</source>
        <translation>Cập nhật</translation>
    </message>
</context>
<context>
    <name>lgsp::models::Freshness</name>
    <message numerus="yes">
        <location filename="../models/common/freshness.cpp" line="+34"/>
        <source>%n s ago</source>
        <translation>
            <numerusform>%n giây trước</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n min ago</source>
        <translation>
            <numerusform>%n phút trước</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n h ago</source>
        <translation>
            <numerusform>%n giờ trước</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lgsp::models::HealthChecksModel</name>
    <message>
        <location filename="../models/health/healthchecksmodel.cpp" line="+40"/>
        <source>Check</source>
        <translation>Hạng mục kiểm tra</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Detail</source>
        <translation>Chi tiết</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Took</source>
        <translation>Thời gian chạy</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Checked</source>
        <translation>Kiểm tra lúc</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next check</source>
        <translation>Lần kiểm tra tới</translation>
    </message>
    <message>
        <location line="+36"/>
        <location line="+36"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Not checked yet</source>
        <translation>Chưa kiểm tra</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Checking now…</source>
        <translation>Đang kiểm tra…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>now</source>
        <translation>ngay bây giờ</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Link to NDXP (security server)</source>
        <translation>Kết nối tới NDXP (máy chủ an ninh)</translation>
    </message>
</context>
<context>
    <name>lgsp::models::HealthTimeline</name>
    <message>
        <location filename="../models/health/healthtimeline.cpp" line="+97"/>
        <source>The health history %1 cannot be read (%2); it is left as it is and this session&apos;s changes are not saved.</source>
        <translation>Không đọc được lịch sử tình trạng kết nối %1 (%2); tệp được giữ nguyên và các thay đổi trong phiên này sẽ không được lưu.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not a health history</source>
        <translation>không phải là lịch sử tình trạng kết nối</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Overall</source>
        <translation>Tổng thể</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Time</source>
        <translation>Thời điểm</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Instance</source>
        <translation>Hệ thống</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check</source>
        <translation>Hạng mục kiểm tra</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change</source>
        <translation>Thay đổi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Detail</source>
        <translation>Chi tiết</translation>
    </message>
</context>
<context>
    <name>lgsp::models::ServiceModel</name>
    <message>
        <location filename="../models/catalog/servicemodel.cpp" line="+26"/>
        <source>Draft</source>
        <translation>Bản nháp</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Published</source>
        <translation>Đã công bố</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deprecated</source>
        <translation>Ngừng khuyến nghị</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retired</source>
        <translation>Đã thu hồi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In the service catalog</source>
        <translation>Trong danh mục dịch vụ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prototyped</source>
        <translation>Bản thử nghiệm</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Blocked</source>
        <translation>Bị chặn</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Provider only</source>
        <translation>Chỉ đơn vị cung cấp</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This LGSP</source>
        <translation>Trong LGSP này</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shared via NDXP</source>
        <translation>Chia sẻ qua NDXP</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Publish</source>
        <translation>Công bố</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deprecate</source>
        <translation>Ngừng khuyến nghị</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retire</source>
        <translation>Thu hồi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit</source>
        <translation>Sửa</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Service</source>
        <translation>Dịch vụ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Provider</source>
        <translation>Đơn vị cung cấp</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Instance</source>
        <translation>Hệ thống</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Protocol</source>
        <translation>Giao thức</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Visibility</source>
        <translation>Phạm vi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Version</source>
        <translation>Phiên bản</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Consumers</source>
        <translation>Bên khai thác</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Updated</source>
        <translation>Cập nhật</translation>
    </message>
</context>
<context>
    <name>lgsp::models::TenantImport</name>
    <message>
        <location filename="../models/bulk/tenantimport.cpp" line="+494"/>
        <location filename="../models/bulk/tenantfields.cpp" line="+111"/>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <location filename="../models/bulk/tenantfields.cpp" line="+2"/>
        <source>English name</source>
        <translation>Tên tiếng Anh</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contact</source>
        <translation>Người liên hệ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-mail</source>
        <translation>Thư điện tử</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(empty)</source>
        <translation>(trống)</translation>
    </message>
    <message>
        <location filename="../models/bulk/tenantimport.cpp" line="-446"/>
        <source>No column of agency codes: the first line must name the columns, one of them &quot;code&quot; or &quot;Agency code&quot; (&quot;Mã định danh&quot;).</source>
        <translation>Không có cột mã định danh: dòng đầu tiên phải ghi tên các cột, trong đó có một cột &quot;code&quot; hoặc &quot;Mã định danh&quot; (&quot;Agency code&quot;).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file has a header but no rows.</source>
        <translation>Tệp có dòng tiêu đề nhưng không có dòng dữ liệu nào.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 &quot;%2&quot; is not one the console knows.</source>
        <translation>%1 &quot;%2&quot; không phải giá trị mà bảng điều khiển biết.</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>The row has %n more cell(s) than the header.</source>
        <translation>
            <numerusform>Dòng này có nhiều hơn dòng tiêu đề %n ô.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No agency code.</source>
        <translation>Thiếu mã định danh.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is not an agency code.</source>
        <translation>&quot;%1&quot; không phải là mã định danh.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The same agency code is on line %1.</source>
        <translation>Mã định danh này đã có ở dòng %1.</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>Could not read it from the instance: %1</source>
        <translation>Không đọc được đơn vị này từ hệ thống: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No tenant with this code on the instance.</source>
        <translation>Hệ thống không có đơn vị nào mang mã này.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The instance does not allow this now (the tenant is %1).</source>
        <translation>Hệ thống không cho phép thao tác này lúc này (đơn vị đang ở trạng thái %1).</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+43"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>The row cannot create a tenant.</source>
        <translation>Dòng này không đủ để tạo đơn vị.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The instance does not allow editing this tenant (it is %1).</source>
        <translation>Hệ thống không cho phép sửa đơn vị này (đơn vị đang ở trạng thái %1).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 stays %2 (use Suspend or Resume)</source>
        <translation>%1 vẫn giữ là %2 (hãy dùng Tạm dừng hoặc Khôi phục)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Nothing to change.</source>
        <translation>Không có gì cần thay đổi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The row has errors.</source>
        <translation>Dòng này có lỗi.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The import was cancelled.</source>
        <translation>Việc nhập đã bị huỷ.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The connection was closed.</source>
        <translation>Kết nối đã bị đóng.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 is %2.</source>
        <translation>%1 đang ở trạng thái %2.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Stopped after the failure on line %1.</source>
        <translation>Đã dừng sau lỗi ở dòng %1.</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Changed on the instance since the dry run; nothing was overwritten. Run the dry run again.</source>
        <translation>Đơn vị đã bị thay đổi trên hệ thống sau lần chạy thử; không có gì bị ghi đè. Hãy chạy thử lại.</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>Not checked yet</source>
        <translation>Chưa kiểm tra</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create</source>
        <translation>Tạo mới</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Update: %1</source>
        <translation>Cập nhật: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Suspend</source>
        <translation>Tạm dừng</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resume</source>
        <translation>Khôi phục</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No change</source>
        <translation>Không thay đổi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No change: %1</source>
        <translation>Không thay đổi: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Error: %1</source>
        <translation>Lỗi: %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Done</source>
        <translation>Xong</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed</source>
        <translation>Thất bại</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not run</source>
        <translation>Không chạy</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Line</source>
        <translation>Dòng</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Agency code</source>
        <translation>Mã định danh</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What the dry run found</source>
        <translation>Kết quả chạy thử</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome</source>
        <translation>Kết quả áp dụng</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Detail</source>
        <translation>Chi tiết</translation>
    </message>
</context>
<context>
    <name>lgsp::models::TenantImportModel</name>
    <message>
        <location filename="../models/bulk/tenantimportmodel.cpp" line="+59"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Line</source>
        <translation>Dòng</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Agency code</source>
        <translation>Mã định danh</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the dry run found</source>
        <translation>Kết quả chạy thử</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outcome</source>
        <translation>Kết quả áp dụng</translation>
    </message>
</context>
<context>
    <name>lgsp::models::TenantModel</name>
    <message>
        <location filename="../models/tenants/tenantmodel.cpp" line="+25"/>
        <source>Ministry</source>
        <translation>Bộ, ngành</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Province</source>
        <translation>Tỉnh, thành phố</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Agency</source>
        <translation>Cơ quan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Operator</source>
        <translation>Đơn vị vận hành</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tenant domain (WSO2)</source>
        <translation>Miền tenant (WSO2)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Trial</source>
        <translation>Dùng thử</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Active</source>
        <translation>Hoạt động</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Suspended</source>
        <translation>Tạm dừng</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closed</source>
        <translation>Đã đóng</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inactive</source>
        <translation>Ngừng hoạt động</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Suspend</source>
        <translation>Tạm dừng</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resume</source>
        <translation>Khôi phục</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit</source>
        <translation>Sửa</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Registered</source>
        <translation>Đã đăng ký</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not registered yet</source>
        <translation>Chưa đăng ký xong</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Being deleted</source>
        <translation>Đang bị xoá</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Disabled</source>
        <translation>Đã vô hiệu hoá</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown to NDXP</source>
        <translation>NDXP không nhận biết</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Subsystem missing</source>
        <translation>Thiếu phân hệ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not on the security server</source>
        <translation>Không có trên máy chủ an ninh</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No NDXP member</source>
        <translation>Không có mã thành viên NDXP</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Not known: the instance has no security server, or its clients could not be read.</source>
        <translation>Không rõ: hệ thống chưa gắn máy chủ an ninh, hoặc không đọc được danh sách thành viên của máy chủ đó.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The tenant has no NDXP member id.</source>
        <translation>Đơn vị chưa có mã thành viên NDXP.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Not among the %n members and subsystems on the instance&apos;s security server.</source>
        <translation>
            <numerusform>Không nằm trong %n thành viên và phân hệ trên máy chủ an ninh của hệ thống.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Its member is on the instance&apos;s security server; this subsystem is not.</source>
        <translation>Thành viên của đơn vị có trên máy chủ an ninh của hệ thống, nhưng phân hệ này thì không.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On the instance&apos;s security server: %1 (%2).</source>
        <translation>Trên máy chủ an ninh của hệ thống: %1 (%2).</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Demonstration code, not confirmed by an official source</source>
        <translation>Mã minh hoạ, chưa được xác nhận bởi nguồn chính thức</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Agency code</source>
        <translation>Mã định danh</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Instance</source>
        <translation>Hệ thống</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Services</source>
        <translation>Dịch vụ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Consumers</source>
        <translation>Bên khai thác</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>NDXP member</source>
        <translation>Thành viên NDXP</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On the security server</source>
        <translation>Trên máy chủ an ninh</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Created</source>
        <translation>Ngày tạo</translation>
    </message>
</context>
<context>
    <name>lgsp::models::TrafficMonitor</name>
    <message>
        <location filename="../models/traffic/trafficmonitor.cpp" line="+280"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>lgsp::models::TrafficReport</name>
    <message>
        <location filename="../models/reports/trafficreport.cpp" line="+234"/>
        <source>The connection was closed.</source>
        <translation>Kết nối đã bị đóng.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Cancelled.</source>
        <translation>Đã huỷ.</translation>
    </message>
    <message numerus="yes">
        <location line="+166"/>
        <source>From %1 to %2 the %n instances carried %3 transactions, %4 a day on average.</source>
        <translation>
            <numerusform>Từ %1 đến %2, %n hệ thống đã xử lý %3 giao dịch, trung bình %4 giao dịch mỗi ngày.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From %1 to %2 the instance carried %3 transactions, %4 a day on average.</source>
        <translation>Từ %1 đến %2, hệ thống đã xử lý %3 giao dịch, trung bình %4 giao dịch mỗi ngày.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 failed: a success rate of %2 %.</source>
        <translation>%1 giao dịch lỗi: tỷ lệ thành công %2 %.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 failed: a success rate of %2 %, and 95 % of the calls answered within %3 ms.</source>
        <translation>%1 giao dịch lỗi: tỷ lệ thành công %2 %, và 95 % lượt gọi được trả lời trong vòng %3 ms.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>That is %1 % more than the period before.</source>
        <translation>Tăng %1 % so với kỳ trước.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That is %1 % less than the period before.</source>
        <translation>Giảm %1 % so với kỳ trước.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The most: %1 (%2 transactions, %3 % of all).</source>
        <translation>Nhiều nhất: %1 (%2 giao dịch, chiếm %3 % tổng số).</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n day(s) only partly held by the source: %1.</source>
        <translation>
            <numerusform>%n ngày nguồn dữ liệu chỉ có một phần số liệu: %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+9"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message numerus="yes">
        <location line="-4"/>
        <source>The source holds nothing for %n day(s), not counted: %1.</source>
        <translation>
            <numerusform>Nguồn dữ liệu không có số liệu của %n ngày (không tính vào báo cáo): %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lgsp::models::TransactionLogModel</name>
    <message>
        <location filename="../models/traffic/transactionlogmodel.cpp" line="+24"/>
        <source>This instance is not connected.</source>
        <translation>Hệ thống này chưa được kết nối.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Time</source>
        <translation>Thời điểm</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Consumer</source>
        <translation>Đơn vị sử dụng</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Service</source>
        <translation>Dịch vụ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Latency</source>
        <translation>Độ trễ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Error code</source>
        <translation>Mã lỗi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Correlation ID</source>
        <translation>Mã tương quan</translation>
    </message>
</context>
<context>
    <name>lgsp::ui::AboutDialog</name>
    <message>
        <location filename="../ui/about/aboutdialog.cpp" line="+17"/>
        <source>About LGSP Console</source>
        <translation>Giới thiệu LGSP Console</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>LGSP Console %1</source>
        <translation>LGSP Console %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Administration console for the integration and data-sharing platforms (LGSP) of Vietnam&apos;s ministries and provinces.</source>
        <translation>Bảng điều khiển quản trị Nền tảng tích hợp, chia sẻ dữ liệu cấp bộ, cấp tỉnh (LGSP) của Việt Nam.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Built with Qt %1, running on Qt %2.</source>
        <translation>Biên dịch với Qt %1, đang chạy trên Qt %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Licences</source>
        <translation>Giấy phép</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>LGSP Console and lgsp-sandbox: GNU General Public License, version 3 or later.</source>
        <translation>LGSP Console và lgsp-sandbox: Giấy phép Công cộng GNU (GPL), phiên bản 3 trở lên.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Qt Core, Gui, Widgets, Network, SQL, SVG and WebSockets: GNU Lesser General Public License, version 3.</source>
        <translation>Qt Core, Gui, Widgets, Network, SQL, SVG và WebSockets: Giấy phép Công cộng Hạn chế GNU (LGPL), phiên bản 3.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Qt Charts and Qt HTTP Server: GNU General Public License, version 3.</source>
        <translation>Qt Charts và Qt HTTP Server: Giấy phép Công cộng GNU (GPL), phiên bản 3.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>QtKeychain: BSD 3-Clause License.</source>
        <translation>QtKeychain: Giấy phép BSD 3 điều khoản.</translation>
    </message>
</context>
<context>
    <name>lgsp::ui::AlertThresholdsDialog</name>
    <message>
        <location filename="../ui/health/alertthresholdsdialog.cpp" line="+31"/>
        <source>When an instance cannot be reached</source>
        <translation>Khi không kết nối được một hệ thống</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>When the link to NDXP fails</source>
        <translation>Khi kết nối tới NDXP bị lỗi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Alert thresholds</source>
        <translation>Ngưỡng cảnh báo</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+10"/>
        <source>Error rate above (0: off)</source>
        <translation>Tỷ lệ lỗi vượt quá (0: tắt)</translation>
    </message>
    <message>
        <location line="-9"/>
        <location line="+10"/>
        <source>p95 latency above (0: off)</source>
        <translation>Độ trễ p95 vượt quá (0: tắt)</translation>
    </message>
    <message>
        <location line="-9"/>
        <location line="+10"/>
        <source>Certificate expires within (days)</source>
        <translation>Chứng thư số hết hạn trong vòng (ngày)</translation>
    </message>
    <message>
        <location line="-9"/>
        <location line="+10"/>
        <source>Clock skew above (0: off)</source>
        <translation>Độ lệch đồng hồ vượt quá (0: tắt)</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Write whole days from 1 to 3650, separated by commas (for example 30, 14, 7).</source>
        <translation>Hãy nhập số ngày nguyên từ 1 đến 3650, cách nhau bằng dấu phẩy (ví dụ 30, 14, 7).</translation>
    </message>
</context>
<context>
    <name>lgsp::ui::BundleForm</name>
    <message>
        <location filename="../ui/config/bundleform.cpp" line="+195"/>
        <source>Edit %1</source>
        <translation>Sửa %1</translation>
    </message>
</context>
<context>
    <name>lgsp::ui::BundleInfoEditor</name>
    <message>
        <location filename="../ui/config/bundleinfoeditor.cpp" line="+25"/>
        <source>Bundle</source>
        <translation>Gói cấu hình</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Instance</source>
        <translation>Hệ thống</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Based on</source>
        <translation>Dựa trên</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exported</source>
        <translation>Xuất lúc</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contents</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Policies</source>
        <translation>Chính sách</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>revision %1 of the instance</source>
        <translation>phiên bản %1 của hệ thống</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no revision (a new bundle)</source>
        <translation>chưa có phiên bản (gói mới)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not exported from an instance</source>
        <translation>không xuất từ hệ thống nào</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n tenant(s)</source>
        <translation>
            <numerusform>%n đơn vị</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n service(s)</source>
        <translation>
            <numerusform>%n dịch vụ</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No policies. In this schema version policies are exported for reference and not applied.</source>
        <translation>Không có chính sách. Ở phiên bản lược đồ này, chính sách chỉ được xuất ra để tham khảo, không được áp dụng.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add tenant</source>
        <translation>Thêm đơn vị</translation>
    </message>
</context>
<context>
    <name>lgsp::ui::CatalogPage</name>
    <message numerus="yes">
        <location filename="../ui/catalog/catalogpage.cpp" line="+58"/>
        <source>%n service(s)</source>
        <translation>
            <numerusform>%n dịch vụ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 of %n service(s)</source>
        <translation>
            <numerusform>%1 trong số %n dịch vụ</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 runs on WSO2 API Manager, which shows a user only the services of the user&apos;s own tenant: these are the services of %2, the tenant of %3. To see another tenant&apos;s, add a connection that signs in as that tenant&apos;s administrator (user@tenant-domain).</source>
        <translation>%1 chạy trên WSO2 API Manager, nền tảng chỉ cho mỗi tài khoản xem dịch vụ của đơn vị (tenant) mình: đây là các dịch vụ của %2, đơn vị của tài khoản %3. Để xem dịch vụ của đơn vị khác, hãy thêm một kết nối đăng nhập bằng tài khoản quản trị của đơn vị đó (tài-khoản@tên-miền-đơn-vị).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Search services: name, code, provider, gateway path, instance</source>
        <translation>Tìm dịch vụ: tên, mã, đơn vị cung cấp, đường dẫn cổng, hệ thống</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search services</source>
        <translation>Tìm dịch vụ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All protocols</source>
        <translation>Mọi giao thức</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All statuses</source>
        <translation>Mọi trạng thái</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Any visibility</source>
        <translation>Mọi phạm vi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Protocol filter</source>
        <translation>Lọc theo giao thức</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status filter</source>
        <translation>Lọc theo trạng thái</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visibility filter</source>
        <translation>Lọc theo phạm vi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Protocol:</source>
        <translation>Giao thức:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status:</source>
        <translation>Trạng thái:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visibility:</source>
        <translation>Phạm vi:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service catalog</source>
        <translation>Danh mục dịch vụ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No services to show yet</source>
        <translation>Chưa có dịch vụ nào để hiển thị</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The service catalog lists every service published through the connected LGSP instances — who provides it, who may call it, its protocol and definition — searchable across all instances at once. Connect to an instance, or try the local sandbox, to get started.</source>
        <translation>Danh mục dịch vụ liệt kê mọi dịch vụ được công bố qua các hệ thống LGSP đã kết nối — đơn vị cung cấp, bên được phép gọi, giao thức và đặc tả — tìm được trên tất cả hệ thống cùng lúc. Hãy kết nối tới một hệ thống, hoặc dùng thử hệ thống thử nghiệm trên máy này.</translation>
    </message>
</context>
<context>
    <name>lgsp::ui::ChartControls</name>
    <message>
        <location filename="../ui/charts/chartcontrols.cpp" line="+136"/>
        <source>No instance connected</source>
        <translation>Chưa kết nối hệ thống nào</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Instance</source>
        <translation>Hệ thống</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose instances</source>
        <translation>Chọn hệ thống</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n instance(s) compared</source>
        <translation>
            <numerusform>So sánh %n hệ thống</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Tenant: %1</source>
        <translation>Đơn vị: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Service: %1</source>
        <translation>Dịch vụ: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+78"/>
        <source>Live (every %n s, as Prometheus scrapes)</source>
        <translation>
            <numerusform>Trực tiếp (mỗi %n giây, theo nhịp thu thập của Prometheus)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Live (every %n s)</source>
        <translation>
            <numerusform>Trực tiếp (mỗi %n giây)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Custom range</source>
        <translation>Khoảng thời gian</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>From</source>
        <translation>Từ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>Đến</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show</source>
        <translation>Hiển thị</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Loading history…</source>
        <translation>Đang tải dữ liệu cũ…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Live</source>
        <translation>Trực tiếp</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reconnecting…</source>
        <translation>Đang kết nối lại…</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+56"/>
        <source>Paused</source>
        <translation>Tạm dừng</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>Not connected</source>
        <translation>Chưa kết nối</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fixed range (not updated)</source>
        <translation>Khoảng thời gian cố định (không cập nhật)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No metrics source</source>
        <translation>Không có nguồn số liệu</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Instances shown</source>
        <translation>Hệ thống được hiển thị</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the instances to chart; several are compared</source>
        <translation>Chọn hệ thống để vẽ biểu đồ; chọn nhiều hệ thống để so sánh</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Whole instance</source>
        <translation>Toàn hệ thống</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Part of the instance</source>
        <translation>Phạm vi trong hệ thống</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scope:</source>
        <translation>Phạm vi:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Window:</source>
        <translation>Thời gian:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh:</source>
        <translation>Làm mới:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Time window</source>
        <translation>Khoảng thời gian</translation>
    </message>
    <message>
        <location line="-122"/>
        <source>Live (every second)</source>
        <translation>Trực tiếp (mỗi giây)</translation>
    </message>
    <message>
        <location line="+126"/>
        <source>Every 5 seconds</source>
        <translation>Mỗi 5 giây</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every 30 seconds</source>
        <translation>Mỗi 30 giây</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refresh</source>
        <translation>Làm mới</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset zoom</source>
        <translation>Bỏ phóng to</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drag across a chart to zoom in; right-click or this button to see the whole window again</source>
        <translation>Kéo chuột ngang biểu đồ để phóng to; nhấp chuột phải hoặc bấm nút này để xem lại toàn bộ khoảng thời gian</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export</source>
        <translation>Xuất</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Charts as PNG image…</source>
        <translation>Biểu đồ thành ảnh PNG…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data as CSV…</source>
        <translation>Dữ liệu thành tệp CSV…</translation>
    </message>
</context>
<context>
    <name>lgsp::ui::CommandPalette</name>
    <message>
        <location filename="../ui/palette/commandpalette.cpp" line="+197"/>
        <source>No command matches “%1”.</source>
        <translation>Không có lệnh nào khớp với “%1”.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recent and common commands</source>
        <translation>Lệnh dùng gần đây và lệnh thường dùng</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n command(s) found</source>
        <translation>
            <numerusform>Tìm thấy %n lệnh</numerusform>
        </translation>
    </message>
    <message>
        <location line="+124"/>
        <location line="+2"/>
        <source>Command palette</source>
        <translation>Bảng lệnh</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Type a command, an instance, a tenant or a service…</source>
        <translation>Gõ tên lệnh, hệ thống, đơn vị hoặc dịch vụ…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Commands</source>
        <translation>Các lệnh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>↑↓ choose · Enter run · Esc close</source>
        <translation>↑↓ chọn · Enter thực hiện · Esc đóng</translation>
    </message>
</context>
<context>
    <name>lgsp::ui::ConfigPage</name>
    <message>
        <location filename="../ui/config/configpagefiles.cpp" line="+42"/>
        <source>Open configuration bundle</source>
        <translation>Mở gói cấu hình</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+50"/>
        <source>Configuration bundles (*.json)</source>
        <translation>Gói cấu hình (*.json)</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>%1 was not opened: %2</source>
        <translation>Không mở %1: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>The bundle opened with %n error(s); they are listed under Problems.</source>
        <translation>
            <numerusform>Gói đã mở, có %n lỗi; xem danh sách ở mục Vấn đề.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Save configuration bundle</source>
        <translation>Lưu gói cấu hình</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not saved: %1</source>
        <translation>Chưa lưu được: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Saved with %n error(s): fix them before applying the bundle.</source>
        <translation>
            <numerusform>Đã lưu, còn %n lỗi: hãy sửa trước khi áp dụng gói.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Unsaved changes</source>
        <translation>Thay đổi chưa lưu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 has changes that are not saved. Save them first?</source>
        <translation>%1 có thay đổi chưa lưu. Lưu lại trước?</translation>
    </message>
    <message>
        <location filename="../ui/config/configpage.cpp" line="+294"/>
        <source>Remove tenant</source>
        <translation>Xoá đơn vị</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove %1 (%2) from the bundle, with the services it provides and its right to call other services? When the bundle is applied, the instance closes the tenant and retires its services. You can undo this until then.</source>
        <translation>Xoá %1 (%2) khỏi gói, cùng các dịch vụ đơn vị này cung cấp và quyền gọi dịch vụ khác của đơn vị? Khi gói được áp dụng, hệ thống sẽ đóng đơn vị và ngừng các dịch vụ của đơn vị. Trước đó, bạn vẫn có thể hoàn tác.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+13"/>
        <source>Remove</source>
        <translation>Xoá</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Remove service</source>
        <translation>Xoá dịch vụ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove %1 from the bundle? When the bundle is applied, the instance retires the service. You can undo this until then.</source>
        <translation>Xoá %1 khỏi gói? Khi gói được áp dụng, hệ thống sẽ ngừng dịch vụ này. Trước đó, bạn vẫn có thể hoàn tác.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Remove service %1</source>
        <translation>Xoá dịch vụ %1</translation>
    </message>
    <message>
        <location filename="../ui/config/configpagefiles.cpp" line="+22"/>
        <source>a new bundle</source>
        <translation>một gói mới</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>LGSP Console stopped with unsaved changes to %1 (last autosaved %2). Recover them?</source>
        <translation>LGSP Console đã dừng khi %1 còn thay đổi chưa lưu (tự động lưu lần cuối lúc %2). Khôi phục các thay đổi này?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recover</source>
        <translation>Khôi phục</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Discard</source>
        <translation>Bỏ đi</translation>
    </message>
    <message>
        <location filename="../ui/config/configpage.cpp" line="+10"/>
        <source>Configuration</source>
        <translation>Cấu hình</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Modified: not saved yet</source>
        <translation>Đã sửa: chưa lưu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Problems (%1)</source>
        <translation>Vấn đề (%1)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Problems</source>
        <translation>Vấn đề</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+18"/>
        <source>New from template</source>
        <translation>Tạo từ mẫu</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>A new bundle with one province tenant to start from</source>
        <translation>Gói mới có sẵn một đơn vị cấp tỉnh để bắt đầu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open…</source>
        <translation>Mở…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recent</source>
        <translation>Gần đây</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as…</source>
        <translation>Lưu thành…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare and apply</source>
        <translation>So sánh và áp dụng</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Bundle actions</source>
        <translation>Thao tác với gói cấu hình</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tenants and services of the bundle</source>
        <translation>Đơn vị và dịch vụ trong gói cấu hình</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The bundle as JSON</source>
        <translation>Gói cấu hình dạng JSON</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No configuration bundle open</source>
        <translation>Chưa mở gói cấu hình nào</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prepare an instance&apos;s configuration offline — tenants, services, who may call them and their SLA — check it as you type, and apply it later. Open a bundle file, or start from the template. No connection is needed.</source>
        <translation>Chuẩn bị cấu hình của hệ thống khi không có kết nối — đơn vị, dịch vụ, ai được gọi và cam kết chất lượng (SLA) — được kiểm tra ngay khi gõ, rồi áp dụng sau. Hãy mở một tệp gói cấu hình hoặc bắt đầu từ mẫu. Không cần kết nối.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+3"/>
        <source>Undo</source>
        <translation>Hoàn tác</translation>
    </message>
    <message>
        <location line="-2"/>
        <location line="+3"/>
        <source>Redo</source>
        <translation>Làm lại</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Undo: %1</source>
        <translation>Hoàn tác: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redo: %1</source>
        <translation>Làm lại: %1</translation>
    </message>
</context>
<context>
    <name>lgsp::ui::ConnectionManager</name>
    <message>
        <location filename="../ui/connections/connectionmanager.cpp" line="+139"/>
        <source>Connections</source>
        <translation>Kết nối</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add</source>
        <translation>Thêm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duplicate</source>
        <translation>Nhân bản</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+165"/>
        <source>Remove</source>
        <translation>Xoá</translation>
    </message>
    <message>
        <location line="-163"/>
        <source>Import…</source>
        <translation>Nhập…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export…</source>
        <translation>Xuất…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test connection</source>
        <translation>Kiểm tra kết nối</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check</source>
        <translation>Bước kiểm tra</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Result</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Detail</source>
        <translation>Chi tiết</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connection profiles</source>
        <translation>Danh sách kết nối</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test results</source>
        <translation>Kết quả kiểm tra</translation>
    </message>
    <message>
        <location line="-84"/>
        <location line="+110"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Connection</source>
        <translation>Kết nối</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Traffic data</source>
        <translation>Số liệu giao dịch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link to NDXP</source>
        <translation>Kết nối tới NDXP</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>No secret needed.</source>
        <translation>Không cần mật khẩu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The keychain cannot be reached (%1): a secret typed here is kept for this session only.</source>
        <translation>Không truy cập được kho khoá (%1): mật khẩu nhập ở đây chỉ được giữ trong phiên làm việc này.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The password registers the console&apos;s OAuth client with WSO2; the client lives in the system keychain, never in a file. The password itself is kept only if you ask.</source>
        <translation>Mật khẩu dùng để đăng ký ứng dụng OAuth của bảng điều khiển với WSO2; ứng dụng đó được lưu trong kho khoá của hệ thống, không bao giờ trong tệp. Bản thân mật khẩu chỉ được lưu nếu bạn yêu cầu.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The secret lives in the system keychain, never in a file.</source>
        <translation>Mật khẩu được lưu trong kho khoá của hệ điều hành, không bao giờ ghi ra tệp.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The keychain cannot be reached (%1): a password typed here is kept for this session only.</source>
        <translation>Không truy cập được kho khoá (%1): mật khẩu nhập ở đây chỉ được giữ trong phiên làm việc này.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The password or token lives in the system keychain, never in a file.</source>
        <translation>Mật khẩu hoặc token được lưu trong kho khoá của hệ điều hành, không bao giờ ghi ra tệp.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The keychain cannot be reached (%1): a key typed here is kept for this session only.</source>
        <translation>Không truy cập được kho khoá (%1): khoá nhập ở đây chỉ được giữ trong phiên làm việc này.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The API key lives in the system keychain, never in a file.</source>
        <translation>Khoá API được lưu trong kho khoá của hệ thống, không bao giờ ghi ra tệp.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>New LGSP instance</source>
        <translation>Hệ thống LGSP mới</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 (copy)</source>
        <translation>%1 (bản sao)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Remove connection</source>
        <translation>Xoá kết nối</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove %1 and its secrets from the keychain?</source>
        <translation>Xoá %1 cùng các mật khẩu của nó khỏi kho khoá?</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 removed.</source>
        <translation>Đã xoá %1.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A profile named %1 exists already.</source>
        <translation>Đã có kết nối mang tên %1.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 saved.</source>
        <translation>Đã lưu %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 saved; registering the console&apos;s OAuth client…</source>
        <translation>Đã lưu %1; đang đăng ký ứng dụng OAuth của bảng điều khiển…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 saved, but the OAuth client could not be registered: %2 Type the password again to retry.</source>
        <translation>Đã lưu %1, nhưng không đăng ký được ứng dụng OAuth: %2 Hãy nhập lại mật khẩu để thử lại.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 saved; its OAuth client is registered and kept in the keychain.</source>
        <translation>Đã lưu %1; ứng dụng OAuth của kết nối đã được đăng ký và lưu trong kho khoá.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Testing %1…</source>
        <translation>Đang kiểm tra %1…</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Result: %1</source>
        <translation>Kết quả: %1</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Import connections</source>
        <translation>Nhập danh sách kết nối</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+37"/>
        <source>Connection lists (*.json)</source>
        <translation>Danh sách kết nối (*.json)</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Cannot read %1: %2</source>
        <translation>Không đọc được %1: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 was not imported: %2</source>
        <translation>Không nhập được %1: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>%n profile(s) imported.</source>
        <translation>
            <numerusform>Đã nhập %n kết nối.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export connections</source>
        <translation>Xuất danh sách kết nối</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot write %1: %2</source>
        <translation>Không ghi được %1: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n profile(s) exported, without secrets.</source>
        <translation>
            <numerusform>Đã xuất %n kết nối, không kèm mật khẩu.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lgsp::ui::DefinitionCompare</name>
    <message>
        <location filename="../ui/catalog/definitioncompare.cpp" line="+180"/>
        <source>Definitions (*.yaml *.yml *.json *.wsdl *.xml);;All files (*)</source>
        <translation>Đặc tả (*.yaml *.yml *.json *.wsdl *.xml);;Mọi tệp (*)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>No other service has a definition to compare with: choose a file.</source>
        <translation>Không có dịch vụ nào khác có đặc tả để so sánh: hãy chọn một tệp.</translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+127"/>
        <source>Reading the definitions…</source>
        <translation>Đang đọc các đặc tả…</translation>
    </message>
    <message>
        <location line="-117"/>
        <source>The file is larger than %1 MiB.</source>
        <translation>Tệp lớn hơn %1 MiB.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The instance is no longer connected.</source>
        <translation>Hệ thống không còn được kết nối.</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>One of the definitions could not be read.</source>
        <translation>Không đọc được một trong hai đặc tả.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>No difference in the %1 structure (paths, operations, parameters, responses, schemas).</source>
        <translation>Cấu trúc %1 không có khác biệt (đường dẫn, thao tác, tham số, phản hồi, lược đồ).</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n difference(s) in the %1 structure:</source>
        <translation>
            <numerusform>%n khác biệt trong cấu trúc %1:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The left definition cannot be read: %1</source>
        <translation>Không đọc được đặc tả bên trái: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The right definition cannot be read: %1</source>
        <translation>Không đọc được đặc tả bên phải: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The two definitions are the same.</source>
        <translation>Hai đặc tả giống nhau.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 changed, %2 removed, %3 added (of %4 lines on the left and %5 on the right).</source>
        <translation>%1 thay đổi, %2 bị bỏ, %3 được thêm (trên %4 dòng bên trái và %5 dòng bên phải).</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location line="+1"/>
        <location line="+1"/>
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n dòng</numerusform>
        </translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Compare definitions</source>
        <translation>So sánh đặc tả</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Left:</source>
        <translation>Bên trái:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Compare with:</source>
        <translation>&amp;So sánh với:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A file…</source>
        <translation>Một tệp…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare with an OpenAPI or WSDL file on this computer</source>
        <translation>So sánh với một tệp OpenAPI hoặc WSDL trên máy này</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous change</source>
        <translation>Thay đổi trước</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shift+F8</source>
        <translation>Shift+F8</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next change</source>
        <translation>Thay đổi sau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F8</source>
        <translation>F8</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Side by side</source>
        <translation>Song song</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>What changed in the API</source>
        <translation>Những gì API đã thay đổi</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Left definition</source>
        <translation>Đặc tả bên trái</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Right definition</source>
        <translation>Đặc tả bên phải</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change</source>
        <translation>Thay đổi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation>Thành phần</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Where</source>
        <translation>Vị trí</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Detail</source>
        <translation>Chi tiết</translation>
    </message>
</context>
<context>
    <name>lgsp::ui::DefinitionViewer</name>
    <message>
        <location filename="../ui/catalog/definitionviewer.cpp" line="+46"/>
        <source>Service definition</source>
        <translation>Đặc tả dịch vụ</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Find in the definition</source>
        <translation>Tìm trong đặc tả</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Continued from the top</source>
        <translation>Đã tìm lại từ đầu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not found</source>
        <translation>Không tìm thấy</translation>
    </message>
</context>
<context>
    <name>lgsp::ui::DetailsPane</name>
    <message>
        <location filename="../ui/common/detailspane.cpp" line="+113"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>lgsp::ui::FleetPage</name>
    <message>
        <location filename="../ui/fleet/fleetpage.cpp" line="+183"/>
        <source>Search instances by name, group or host</source>
        <translation>Tìm hệ thống theo tên, nhóm hoặc máy chủ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search instances</source>
        <translation>Tìm hệ thống</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only instances with problems</source>
        <translation>Chỉ hệ thống có vấn đề</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check now</source>
        <translation>Kiểm tra ngay</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run the health checks of every instance now</source>
        <translation>Chạy ngay các bước kiểm tra tình trạng của mọi hệ thống</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LGSP instances</source>
        <translation>Các hệ thống LGSP</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Starting the local sandbox…</source>
        <translation>Đang khởi động sandbox trên máy này…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A small LGSP instance with demonstration data is starting on this computer. The console connects to it as soon as it is ready.</source>
        <translation>Một hệ thống LGSP nhỏ với dữ liệu minh hoạ đang khởi động trên máy tính này. Bảng điều khiển sẽ kết nối ngay khi hệ thống sẵn sàng.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No LGSP instance connected</source>
        <translation>Chưa kết nối hệ thống LGSP nào</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The fleet overview shows every connected LGSP instance at a glance: its status, version, certificate, link to NDXP and traffic. Add an instance, or try a local sandbox that runs on this computer.</source>
        <translation>Trang tổng quan cho thấy ngay tình trạng của mọi hệ thống LGSP đã kết nối: trạng thái, phiên bản, chứng thư số, kết nối tới NDXP và lưu lượng giao dịch. Hãy thêm một hệ thống hoặc dùng thử sandbox chạy ngay trên máy tính này.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Try the local sandbox</source>
        <translation>Dùng thử sandbox trên máy này</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n instance(s), all OK</source>
        <translation>
            <numerusform>%n hệ thống, tất cả đều tốt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n OK, %1 with problems</source>
        <translation>
            <numerusform>%n tốt, %1 có vấn đề</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lgsp::ui::FreshnessLabel</name>
    <message numerus="yes">
        <location filename="../ui/common/freshnesslabel.cpp" line="+52"/>
        <source>Read more than %n minute(s) ago: the server may have changed since.</source>
        <translation>
            <numerusform>Đã đọc cách đây hơn %n phút: máy chủ có thể đã thay đổi từ đó.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Updated %1</source>
        <translation>Cập nhật %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>⚠ Stale · %1</source>
        <translation>⚠ Dữ liệu cũ · %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+1"/>
        <source>Read at %1.</source>
        <translation>Đọc lúc %1.</translation>
    </message>
</context>
<context>
    <name>lgsp::ui::HealthPage</name>
    <message>
        <location filename="../ui/health/healthpage.cpp" line="+187"/>
        <source>JSON files (*.json)</source>
        <translation>Tệp JSON (*.json)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Cannot write %1: %2</source>
        <translation>Không ghi được %1: %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Alerts (%1)</source>
        <translation>Cảnh báo (%1)</translation>
    </message>
    <message numerus="yes">
        <location line="+34"/>
        <source>%1: last checked %2, though it is polled every %n s</source>
        <translation>
            <numerusform>%1: lần kiểm tra cuối %2, dù lẽ ra được kiểm tra mỗi %n giây</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Connection health</source>
        <translation>Tình trạng kết nối</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checked %1</source>
        <translation>Đã kiểm tra %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test now</source>
        <translation>Kiểm tra ngay</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the selected instance (or every instance) again now</source>
        <translation>Kiểm tra lại ngay hệ thống đang chọn (hoặc mọi hệ thống)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diagnostics report</source>
        <translation>Báo cáo chẩn đoán</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Selected instance…</source>
        <translation>Hệ thống đang chọn…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All instances…</source>
        <translation>Tất cả hệ thống…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <source>History of status changes</source>
        <translation>Lịch sử thay đổi trạng thái</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Alert thresholds…</source>
        <translation>Ngưỡng cảnh báo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alerts</source>
        <translation>Cảnh báo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Health checks</source>
        <translation>Các hạng mục kiểm tra</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No connection health to report yet</source>
        <translation>Chưa có thông tin về tình trạng kết nối</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This page checks every instance for you: reachability, sign-in, certificate expiry, clock skew, the link to the national platform NDXP, and the server&apos;s own checks, with a history of changes. Connect to an instance, or try the local sandbox, to get started.</source>
        <translation>Trang này kiểm tra từng hệ thống: khả năng kết nối, xác thực, hạn chứng thư số, độ lệch đồng hồ, kết nối tới Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP) và các bước tự kiểm tra của máy chủ, kèm lịch sử thay đổi. Hãy kết nối tới một hệ thống hoặc dùng thử sandbox trên máy này để bắt đầu.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Try the local sandbox</source>
        <translation>Dùng thử sandbox trên máy này</translation>
    </message>
</context>
<context>
    <name>lgsp::ui::ListFreshness</name>
    <message>
        <location filename="../ui/common/listfreshness.cpp" line="+82"/>
        <source>The loading was cancelled: some rows may be missing.</source>
        <translation>Việc tải đã bị hủy: có thể thiếu một số dòng.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 now counts %2 items, %3 when the list was read: reload to see the change.</source>
        <translation>%1 hiện có %2 mục, lúc đọc danh sách là %3: hãy tải lại để thấy thay đổi.</translation>
    </message>
</context>
<context>
    <name>lgsp::ui::ListPageBase</name>
    <message>
        <location filename="../ui/common/listpagebase.cpp" line="+294"/>
        <location line="+5"/>
        <source>Export to CSV</source>
        <translation>Xuất ra CSV</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>CSV files (*.csv)</source>
        <translation>Tệp CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Reload</source>
        <translation>Tải lại</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Instance:</source>
        <translation>Hệ thống:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Instance</source>
        <translation>Hệ thống</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the rows of one LGSP instance, or of all of them</source>
        <translation>Chỉ xem các dòng của một hệ thống LGSP, hoặc của tất cả</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export CSV…</source>
        <translation>Xuất CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the rows shown, as filtered and sorted, to a CSV file</source>
        <translation>Lưu các dòng đang hiển thị (theo bộ lọc và thứ tự hiện tại) vào tệp CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Huỷ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try the local sandbox</source>
        <translation>Dùng thử hệ thống trên máy này</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Loading… %1 of %2</source>
        <translation>Đang tải… %1/%2</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>(%n instance(s) could not be read)</source>
        <translation>
            <numerusform>(không đọc được %n hệ thống)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Cannot write %1: %2</source>
        <translation>Không ghi được %1: %2</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>All instances</source>
        <translation>Tất cả hệ thống</translation>
    </message>
</context>
<context>
    <name>lgsp::ui::MainWindow</name>
    <message>
        <location filename="../ui/shell/mainwindow.cpp" line="+159"/>
        <source>Starting the local sandbox…</source>
        <translation>Đang khởi động sandbox trên máy này…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The local sandbox could not be started.</source>
        <translation>Không khởi động được sandbox trên máy này.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Connected to %1.</source>
        <translation>Đã kết nối tới %1.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>%1 — LGSP Console</source>
        <translation>%1 — LGSP Console</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No instance connected</source>
        <translation>Chưa kết nối hệ thống nào</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n instance(s) connected</source>
        <translation>
            <numerusform>Đã kết nối %n hệ thống</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n instance(s) connected, %1 with problems</source>
        <translation>
            <numerusform>Đã kết nối %n hệ thống, %1 có vấn đề</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lgsp::ui::MetricSourceForm</name>
    <message>
        <location filename="../ui/connections/metricsourceform.cpp" line="+125"/>
        <source>The instance&apos;s own API</source>
        <translation>API quản trị của chính hệ thống</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prometheus</source>
        <translation>Prometheus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WSO2 analytics (Elasticsearch or OpenSearch)</source>
        <translation>Phân tích của WSO2 (Elasticsearch hoặc OpenSearch)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>None</source>
        <translation>Không xác thực</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User and password (Basic)</source>
        <translation>Tài khoản và mật khẩu (Basic)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bearer token</source>
        <translation>Bearer token</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API key (Elasticsearch)</source>
        <translation>Khóa API (Elasticsearch)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>seconds</source>
        <translation>giây</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>milliseconds</source>
        <translation>mili giây</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Traffic data from</source>
        <translation>Lấy số liệu giao dịch từ</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+196"/>
        <source>Prometheus address</source>
        <translation>Địa chỉ Prometheus</translation>
    </message>
    <message>
        <location line="-195"/>
        <source>Series selector</source>
        <translation>Bộ chọn chuỗi số liệu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Metric names</source>
        <translation>Tên các số liệu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authentication</source>
        <translation>Xác thực</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User</source>
        <translation>Tài khoản</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password or token</source>
        <translation>Mật khẩu hoặc token</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tenant header (X-Scope-OrgID)</source>
        <translation>Header đơn vị (X-Scope-OrgID)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scrape interval (s)</source>
        <translation>Chu kỳ thu thập (giây)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transfer</source>
        <translation>Truyền dữ liệu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask for compressed answers</source>
        <translation>Yêu cầu nén dữ liệu trả về</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compression saves time over a slow link or a tunnel. On a fast local network it costs Prometheus more time than it saves: turn it off there.</source>
        <translation>Nén giúp tiết kiệm thời gian khi đường truyền chậm hoặc đi qua đường hầm. Trên mạng nội bộ tốc độ cao, Prometheus mất nhiều thời gian nén hơn thời gian tiết kiệm được: khi đó nên tắt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Names in Prometheus</source>
        <translation>Tên trong Prometheus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calls counter</source>
        <translation>Bộ đếm lượt gọi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed calls counter</source>
        <translation>Bộ đếm lượt gọi lỗi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latency histogram</source>
        <translation>Biểu đồ phân bố độ trễ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Histogram unit</source>
        <translation>Đơn vị của biểu đồ phân bố</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Histogram matchers</source>
        <translation>Điều kiện nhãn của biểu đồ phân bố</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status code label</source>
        <translation>Nhãn mã trạng thái</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Success codes</source>
        <translation>Các mã thành công</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tenant label</source>
        <translation>Nhãn đơn vị</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service label</source>
        <translation>Nhãn dịch vụ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consumer label</source>
        <translation>Nhãn bên sử dụng</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>WSO2&apos;s events in the cluster</source>
        <translation>Sự kiện của WSO2 trong cụm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calls index pattern</source>
        <translation>Mẫu chỉ mục cuộc gọi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Faults index pattern</source>
        <translation>Mẫu chỉ mục lỗi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time field</source>
        <translation>Trường thời gian</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latency field</source>
        <translation>Trường độ trễ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keyword sub-field</source>
        <translation>Trường con từ khóa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter</source>
        <translation>Bộ lọc</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text fields indexed without a template have a &quot;.keyword&quot; sub-field, and only it can be counted by. Leave empty when the index template maps them as keywords.</source>
        <translation>Các trường văn bản được lập chỉ mục không theo mẫu (template) có trường con &quot;.keyword&quot;, và chỉ có thể thống kê theo trường con đó. Để trống nếu mẫu chỉ mục đã ánh xạ chúng thành từ khóa.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>optional: a query choosing this instance&apos;s events, e.g. regionId:&quot;hau-giang&quot;</source>
        <translation>không bắt buộc: truy vấn chọn sự kiện của phiên bản này, ví dụ regionId:&quot;hau-giang&quot;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>label matchers, e.g. job=&quot;lgsp-hau-giang&quot;</source>
        <translation>điều kiện nhãn, ví dụ job=&quot;lgsp-hau-giang&quot;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>type to replace the password or token in the keychain</source>
        <translation>nhập để thay mật khẩu hoặc token trong kho khoá</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>optional: for Grafana Mimir or Cortex</source>
        <translation>không bắt buộc: cho Grafana Mimir hoặc Cortex</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>optional: for exporters without a status code label</source>
        <translation>không bắt buộc: cho exporter không có nhãn mã trạng thái</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>optional: a histogram&apos;s _bucket series</source>
        <translation>không bắt buộc: chuỗi _bucket của một histogram</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>optional: e.g. type=&quot;request&quot;</source>
        <translation>không bắt buộc: ví dụ type=&quot;request&quot;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a regular expression over whole codes, e.g. [1-3]..</source>
        <translation>biểu thức chính quy khớp cả mã, ví dụ [1-3]..</translation>
    </message>
    <message>
        <location line="+150"/>
        <source>Cluster address</source>
        <translation>Địa chỉ cụm</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The Prometheus address must be an http:// or https:// URL with a host name.</source>
        <translation>Địa chỉ Prometheus phải là URL http:// hoặc https:// có tên máy chủ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+21"/>
        <source>Basic authentication needs a user name.</source>
        <translation>Xác thực Basic cần tên tài khoản.</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Without a selector every series of these metrics in this Prometheus counts as this instance&apos;s.</source>
        <translation>Không có bộ chọn thì mọi chuỗi của các số liệu này trong Prometheus đều được tính cho hệ thống này.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No tenant label: one tenant&apos;s traffic cannot be charted.</source>
        <translation>Không có nhãn đơn vị: không vẽ được biểu đồ giao dịch của riêng một đơn vị.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No service label: one service&apos;s traffic cannot be charted.</source>
        <translation>Không có nhãn dịch vụ: không vẽ được biểu đồ giao dịch của riêng một dịch vụ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No latency histogram: the latency chart stays empty.</source>
        <translation>Không có biểu đồ phân bố độ trễ: biểu đồ độ trễ sẽ để trống.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prometheus takes no API key: choose Basic or a bearer token.</source>
        <translation>Prometheus không dùng khóa API: hãy chọn Basic hoặc bearer token.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The cluster address must be an http:// or https:// URL with a host name.</source>
        <translation>Địa chỉ cụm phải là URL http:// hoặc https:// có tên máy chủ.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Without a filter every event in these indices counts as this instance&apos;s: add one when several API Managers write to this cluster.</source>
        <translation>Không có bộ lọc thì mọi sự kiện trong các chỉ mục này đều được tính cho phiên bản này: hãy thêm bộ lọc khi nhiều API Manager cùng ghi vào cụm.</translation>
    </message>
</context>
<context>
    <name>lgsp::ui::NoticeBar</name>
    <message>
        <location filename="../ui/common/noticebar.cpp" line="+77"/>
        <location line="+1"/>
        <source>Dismiss</source>
        <translation>Đóng thông báo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notice</source>
        <translation>Thông báo</translation>
    </message>
</context>
<context>
    <name>lgsp::ui::PaletteCommands</name>
    <message>
        <location filename="../ui/palette/palettesources.cpp" line="+119"/>
        <source>Command</source>
        <translation>Lệnh</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Open the tenants of %1</source>
        <translation>Mở danh sách đơn vị của %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the services of %1</source>
        <translation>Mở danh mục dịch vụ của %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+151"/>
        <location line="+38"/>
        <source>Open the transactions of %1</source>
        <translation>Mở giao dịch của %1</translation>
    </message>
    <message>
        <location line="-188"/>
        <source>Show the health of %1</source>
        <translation>Xem tình trạng kết nối của %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test the connection to %1</source>
        <translation>Kiểm tra kết nối tới %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the connection %1…</source>
        <translation>Sửa kết nối %1…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Instance · %1</source>
        <translation>Hệ thống · %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Instance · %1 · %2</source>
        <translation>Hệ thống · %1 · %2</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Show the group %1 in the fleet</source>
        <translation>Xem nhóm %1 trong trang Tổng quan</translation>
    </message>
    <message numerus="yes">
        <location line="+31"/>
        <source>Group · %n instance(s)</source>
        <translation>
            <numerusform>Nhóm · %n hệ thống</numerusform>
        </translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Show %1 in Tenants</source>
        <translation>Xem %1 trong trang Đơn vị</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit %1…</source>
        <translation>Sửa %1…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suspend %1…</source>
        <translation>Tạm dừng %1…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resume %1…</source>
        <translation>Khôi phục %1…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close %1…</source>
        <translation>Đóng %1…</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Show %1 in the catalog</source>
        <translation>Xem %1 trong danh mục dịch vụ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>View the definition of %1</source>
        <translation>Xem đặc tả của %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Compare the definition of %1…</source>
        <translation>So sánh đặc tả của %1…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Publish %1…</source>
        <translation>Công bố %1…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deprecate %1…</source>
        <translation>Ngừng khuyến nghị %1…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retire %1…</source>
        <translation>Thu hồi %1…</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Service</source>
        <translation>Dịch vụ</translation>
    </message>
    <message>
        <location filename="../ui/palette/palettecommands.cpp" line="+96"/>
        <source>Go to Fleet</source>
        <translation>Đến trang Tổng quan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Go to Tenants</source>
        <translation>Đến trang Đơn vị</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Go to Services</source>
        <translation>Đến trang Danh mục dịch vụ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Go to Transactions</source>
        <translation>Đến trang Giao dịch</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Go to Health</source>
        <translation>Đến trang Tình trạng kết nối</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Go to Configuration</source>
        <translation>Đến trang Cấu hình</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Go to Reports</source>
        <translation>Đến trang Báo cáo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Go to the Welcome page</source>
        <translation>Đến trang Bắt đầu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Manage the connections…</source>
        <translation>Quản lý kết nối…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add an LGSP instance…</source>
        <translation>Thêm hệ thống LGSP…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Test every instance now</source>
        <translation>Kiểm tra ngay mọi hệ thống</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export the tenants as CSV…</source>
        <translation>Xuất danh sách đơn vị ra CSV…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export the catalog as CSV…</source>
        <translation>Xuất danh mục dịch vụ ra CSV…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import tenants from a CSV file…</source>
        <translation>Nhập đơn vị từ tệp CSV…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reload the tenants</source>
        <translation>Tải lại danh sách đơn vị</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reload the catalog</source>
        <translation>Tải lại danh mục dịch vụ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save a diagnostics report…</source>
        <translation>Lưu báo cáo chẩn đoán…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit the alert thresholds…</source>
        <translation>Sửa ngưỡng cảnh báo…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New configuration from a template</source>
        <translation>Tạo cấu hình mới từ mẫu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Try LGSP with a local sandbox</source>
        <translation>Dùng thử LGSP với sandbox trên máy này</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Switch the language to English</source>
        <translation>Chuyển ngôn ngữ sang tiếng Anh (English)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Switch the language to Vietnamese</source>
        <translation>Chuyển ngôn ngữ sang tiếng Việt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Follow the system&apos;s colours</source>
        <translation>Dùng màu theo hệ thống</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Switch to the light theme</source>
        <translation>Chuyển sang giao diện sáng</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Switch to the dark theme</source>
        <translation>Chuyển sang giao diện tối</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Switch to the high-contrast theme</source>
        <translation>Chuyển sang giao diện tương phản cao</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>About LGSP Console</source>
        <translation>Giới thiệu LGSP Console</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit</source>
        <translation>Thoát</translation>
    </message>
</context>
<context>
    <name>lgsp::ui::ProblemsPanel</name>
    <message>
        <location filename="../ui/config/problemspanel.cpp" line="+25"/>
        <source>code</source>
        <translation>mã</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name</source>
        <translation>tên</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English name</source>
        <translation>tên tiếng Anh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kind</source>
        <translation>loại</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>status</source>
        <translation>trạng thái</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>phone</source>
        <translation>điện thoại</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>provider</source>
        <translation>đơn vị cung cấp</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>upstream URL</source>
        <translation>địa chỉ dịch vụ gốc</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>who may call it</source>
        <translation>đơn vị được gọi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>timeout</source>
        <translation>thời gian chờ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rate limit</source>
        <translation>giới hạn tần suất</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>version</source>
        <translation>phiên bản</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>protocol</source>
        <translation>giao thức</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>visibility</source>
        <translation>phạm vi chia sẻ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>base revision</source>
        <translation>phiên bản gốc</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>schema version</source>
        <translation>phiên bản lược đồ</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Tenant %1</source>
        <translation>Đơn vị %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service %1</source>
        <translation>Dịch vụ %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Bundle</source>
        <translation>Gói cấu hình</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bundle › %1</source>
        <translation>Gói cấu hình › %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Severity</source>
        <translation>Mức độ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Where</source>
        <translation>Vị trí</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Problem</source>
        <translation>Vấn đề</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problems of the bundle</source>
        <translation>Các vấn đề của gói cấu hình</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Error</source>
        <translation>Lỗi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Warning</source>
        <translation>Cảnh báo</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No problems: the server will accept this bundle.</source>
        <translation>Không có vấn đề: máy chủ sẽ chấp nhận gói này.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>No errors, %n warning(s): the server accepts this bundle; the warnings are advice.</source>
        <translation>
            <numerusform>Không có lỗi, %n cảnh báo: máy chủ chấp nhận gói này; cảnh báo chỉ là lời khuyên.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n error(s): the server would refuse this bundle.</source>
        <translation>
            <numerusform>%n lỗi: máy chủ sẽ từ chối gói này.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n warning(s).</source>
        <translation>
            <numerusform>%n cảnh báo.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lgsp::ui::ProfileForm</name>
    <message>
        <location filename="../ui/connections/profileform.cpp" line="+87"/>
        <source>LGSP Admin API v1</source>
        <translation>LGSP Admin API v1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WSO2 API Manager 4.x</source>
        <translation>WSO2 API Manager 4.x</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X-Road security server (alone)</source>
        <translation>Máy chủ an ninh X-Road (riêng lẻ)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>OAuth2 client credentials</source>
        <translation>OAuth2 (client credentials)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+147"/>
        <source>API key</source>
        <translation>Khoá API</translation>
    </message>
    <message>
        <location line="-146"/>
        <source>None</source>
        <translation>Không xác thực</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WSO2 user (via an OAuth client)</source>
        <translation>Tài khoản WSO2 (qua ứng dụng OAuth)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X-Road API key</source>
        <translation>Khoá API X-Road</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>System settings</source>
        <translation>Theo thiết lập hệ thống</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No proxy</source>
        <translation>Không dùng proxy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manual</source>
        <translation>Tự khai báo</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+31"/>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Group</source>
        <translation>Nhóm</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+26"/>
        <source>Server</source>
        <translation>Loại máy chủ</translation>
    </message>
    <message>
        <location line="-25"/>
        <location line="+29"/>
        <source>Address</source>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Authentication</source>
        <translation>Xác thực</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+25"/>
        <source>Client id</source>
        <translation>Mã ứng dụng (client id)</translation>
    </message>
    <message>
        <location line="-24"/>
        <location line="+23"/>
        <source>User</source>
        <translation>Tài khoản</translation>
    </message>
    <message>
        <location line="-22"/>
        <location line="+26"/>
        <location line="+102"/>
        <source>Secret</source>
        <translation>Mật khẩu</translation>
    </message>
    <message>
        <location line="-125"/>
        <source>Gateway</source>
        <translation>Cổng giao dịch (gateway)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extra CA files</source>
        <translation>Tệp CA bổ sung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificate pin (SHA-256)</source>
        <translation>Ghim chứng thư (SHA-256)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client certificate</source>
        <translation>Chứng thư máy khách</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proxy host</source>
        <translation>Máy chủ proxy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proxy port</source>
        <translation>Cổng proxy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time-out (s)</source>
        <translation>Thời gian chờ (giây)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check every (s)</source>
        <translation>Kiểm tra mỗi (giây)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PEM files, separated by ;</source>
        <translation>các tệp PEM, phân cách bằng ;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>optional: AB:CD:… (64 hexadecimal digits)</source>
        <translation>không bắt buộc: AB:CD:… (64 chữ số thập lục phân)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>optional: a .p12 file, or PEM with its key</source>
        <translation>không bắt buộc: tệp .p12, hoặc PEM kèm khoá</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+116"/>
        <source>type to replace the secret in the keychain</source>
        <translation>nhập để thay mật khẩu trong kho khoá</translation>
    </message>
    <message>
        <location line="-115"/>
        <source>Read-only: never change anything on this instance</source>
        <translation>Chỉ xem: không bao giờ thay đổi gì trên hệ thống này</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remember the password in the keychain</source>
        <translation>Lưu mật khẩu trong kho khoá</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>optional: https://host:8243 (default: same host, port 8243)</source>
        <translation>không bắt buộc: https://máy-chủ:8243 (mặc định: cùng máy chủ, cổng 8243)</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>Password</source>
        <translation>Mật khẩu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>type to register the console&apos;s OAuth client again</source>
        <translation>nhập để đăng ký lại ứng dụng OAuth của bảng điều khiển</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>type to replace the API key in the keychain (observer role)</source>
        <translation>nhập để thay khoá API trong kho khoá (vai trò quan sát viên)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The name is empty.</source>
        <translation>Chưa nhập tên.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The address must be an http:// or https:// URL with a host name.</source>
        <translation>Địa chỉ phải là URL http:// hoặc https:// có tên máy chủ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OAuth2 client credentials need a client id.</source>
        <translation>Xác thực OAuth2 cần mã ứng dụng (client id).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A WSO2 API Manager connection needs the user.</source>
        <translation>Kết nối WSO2 API Manager cần có tài khoản người dùng.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The gateway must be an http:// or https:// URL with a host name.</source>
        <translation>Cổng giao dịch phải là một URL http:// hoặc https:// có tên máy chủ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The CA file %1 does not exist or cannot be read.</source>
        <translation>Tệp CA %1 không tồn tại hoặc không đọc được.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 holds no certificate.</source>
        <translation>%1 không chứa chứng thư nào.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The pin is not a SHA-256 fingerprint (64 hexadecimal digits).</source>
        <translation>Mã ghim không phải dấu vân tay SHA-256 (64 chữ số thập lục phân).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The client certificate file %1 does not exist or cannot be read.</source>
        <translation>Tệp chứng thư máy khách %1 không tồn tại hoặc không đọc được.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A manual proxy needs a host and a port.</source>
        <translation>Proxy tự khai báo cần máy chủ và cổng.</translation>
    </message>
</context>
<context>
    <name>lgsp::ui::ReportPeriodPicker</name>
    <message>
        <location filename="../ui/reports/reportperiodpicker.cpp" line="+100"/>
        <source>&amp;Period:</source>
        <translation>&amp;Kỳ báo cáo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period</source>
        <translation>Kỳ báo cáo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>Từ ngày</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>Đến ngày</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The first day of the report</source>
        <translation>Ngày đầu tiên của kỳ báo cáo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The last day of the report</source>
        <translation>Ngày cuối cùng của kỳ báo cáo</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Month %1</source>
        <translation>Tháng %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Quarter %1/%2</source>
        <translation>Quý %1/%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Year %1</source>
        <translation>Năm %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Days from… to…</source>
        <translation>Từ ngày… đến ngày…</translation>
    </message>
</context>
<context>
    <name>lgsp::ui::ReportsPage</name>
    <message>
        <location filename="../ui/reports/reportspage.cpp" line="+275"/>
        <source>The report could not be made: %1</source>
        <translation>Không lập được báo cáo: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Transactions report</source>
        <translation>Báo cáo giao dịch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the period and the instances, then Make report. The figures come from each instance&apos;s hourly traffic, grouped into the days of this computer&apos;s time zone.</source>
        <translation>Chọn kỳ báo cáo và các hệ thống, rồi bấm Lập báo cáo. Số liệu lấy từ thống kê giao dịch theo giờ của từng hệ thống, gộp thành ngày theo múi giờ của máy tính này.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Transactions report: %1, %2</source>
        <translation>Báo cáo giao dịch: %1, kỳ %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Transactions</source>
        <translation>Số giao dịch</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Errors</source>
        <translation>Số lỗi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Success rate</source>
        <translation>Tỷ lệ thành công</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>p95</source>
        <translation>p95</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On the period before</source>
        <translation>So với kỳ trước</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>none</source>
        <translation>không có</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not known</source>
        <translation>chưa rõ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The sources do not hold every day of the period before.</source>
        <translation>Nguồn dữ liệu không có đủ số liệu mọi ngày của kỳ trước.</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>The sources hold nothing for %n day(s) of the period: they are marked in the chart and the days&apos; table, and not counted.</source>
        <translation>
            <numerusform>Nguồn dữ liệu không có số liệu của %n ngày trong kỳ: những ngày này được đánh dấu trên biểu đồ và trong bảng theo ngày, và không được tính.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Make a report first.</source>
        <translation>Hãy lập báo cáo trước.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+5"/>
        <source>Save the report</source>
        <translation>Lưu báo cáo</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>all %n instances</source>
        <translation>
            <numerusform>cả %n hệ thống</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>All instances (%1)</source>
        <translation>Tất cả hệ thống (%1)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Group: %1</source>
        <translation>Nhóm: %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Reading the traffic of %1… %p%</source>
        <translation>Đang đọc số liệu giao dịch của %1… %p%</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>&amp;Instances:</source>
        <translation>&amp;Hệ thống:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Top:</source>
        <translation>Xếp hạn&amp;g:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many ministries and provinces the rankings show</source>
        <translation>Số bộ, ngành và tỉnh, thành phố trong bảng xếp hạng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Top</source>
        <translation>Xếp hạng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Instances</source>
        <translation>Hệ thống</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Make report</source>
        <translation>&amp;Lập báo cáo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xport</source>
        <translation>X&amp;uất</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Excel workbook (.xlsx)…</source>
        <translation>Bảng tính Excel (.xlsx)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF document (.pdf)…</source>
        <translation>Tài liệu PDF (.pdf)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV of the tenants (.csv)…</source>
        <translation>Bảng đơn vị dạng CSV (.csv)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Huỷ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summary</source>
        <translation>Tóm tắt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transactions and errors a day</source>
        <translation>Giao dịch và lỗi theo ngày</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Top ministries</source>
        <translation>Bộ, ngành nhiều nhất</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Top provinces</source>
        <translation>Tỉnh, thành phố nhiều nhất</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tenants</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Services</source>
        <translation>Dịch vụ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days</source>
        <translation>Theo ngày</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No reports yet</source>
        <translation>Chưa có báo cáo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This page compiles the transactions of your instances over a month, a quarter or a year: per ministry, province and service, the top five, the success rate and the change on the period before, ready to send as Excel, PDF or CSV. Connect to an instance, or try the local sandbox, to get started.</source>
        <translation>Trang này tổng hợp giao dịch của các hệ thống theo tháng, quý hoặc năm: theo từng bộ, ngành, tỉnh, thành phố và dịch vụ, năm đơn vị nhiều nhất, tỷ lệ thành công và mức thay đổi so với kỳ trước, sẵn sàng gửi đi dưới dạng Excel, PDF hoặc CSV. Hãy kết nối tới một hệ thống, hoặc dùng thử sandbox trên máy này, để bắt đầu.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Try the local sandbox</source>
        <translation>Dùng thử sandbox trên máy này</translation>
    </message>
</context>
<context>
    <name>lgsp::ui::SecurityServerForm</name>
    <message>
        <location filename="../ui/connections/securityserverform.cpp" line="+50"/>
        <source>The X-Road security server this LGSP reaches NDXP through. The health check then reads its global configuration, timestamping services, OCSP responders and certificates. An API key with the observer role is enough.</source>
        <translation>Máy chủ an ninh X-Road mà LGSP này dùng để kết nối tới NDXP. Khi đó bước kiểm tra tình trạng sẽ đọc cấu hình toàn cục, dịch vụ cấp dấu thời gian, máy chủ OCSP và chứng thư số của máy chủ này. Chỉ cần khoá API có vai trò quan sát (observer).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Security server address</source>
        <translation>Địa chỉ máy chủ an ninh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Its certificate pin (SHA-256)</source>
        <translation>Mã ghim chứng thư số của máy chủ (SHA-256)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API key</source>
        <translation>Khoá API</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>empty: none; e.g. https://ss1.lgsp.example.gov.vn:4000</source>
        <translation>để trống: không có; ví dụ https://ss1.lgsp.example.gov.vn:4000</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>optional: 64 hexadecimal digits, for a self-signed certificate</source>
        <translation>không bắt buộc: 64 chữ số thập lục phân, cho chứng thư số tự ký</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>type to replace the key in the keychain</source>
        <translation>nhập để thay khoá trong kho khoá</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>The security server&apos;s address must be an https:// URL with a host name (port 4000 by default).</source>
        <translation>Địa chỉ máy chủ an ninh phải là URL https:// có tên máy chủ (mặc định cổng 4000).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A SHA-256 pin is 64 hexadecimal digits.</source>
        <translation>Mã ghim SHA-256 gồm 64 chữ số thập lục phân.</translation>
    </message>
</context>
<context>
    <name>lgsp::ui::ServiceDetails</name>
    <message>
        <location filename="../ui/catalog/servicedetails.cpp" line="+60"/>
        <source>Identifier</source>
        <translation>Định danh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Provider</source>
        <translation>Đơn vị cung cấp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Protocol</source>
        <translation>Giao thức</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visibility</source>
        <translation>Phạm vi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gateway path</source>
        <translation>Đường dẫn cổng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upstream</source>
        <translation>Máy chủ nguồn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SLA</source>
        <translation>Cam kết dịch vụ (SLA)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consumers</source>
        <translation>Bên khai thác</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show definition…</source>
        <translation>Xem đặc tả…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare definition…</source>
        <translation>So sánh đặc tả…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare this definition with the same service on another instance, another service or a file</source>
        <translation>So sánh đặc tả này với cùng dịch vụ trên hệ thống khác, với dịch vụ khác hoặc với một tệp</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No service selected</source>
        <translation>Chưa chọn dịch vụ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select a service to see its details, its definition and what you can do.</source>
        <translation>Chọn một dịch vụ để xem chi tiết, đặc tả và các thao tác có thể thực hiện.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Version %1 on %2</source>
        <translation>Phiên bản %1 trên %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>not known to this console (set in the server&apos;s throttling policies)</source>
        <translation>bảng điều khiển không biết (được đặt trong chính sách giới hạn lưu lượng của máy chủ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>time-out %1 ms, at most %2 calls a minute</source>
        <translation>thời gian chờ %1 ms, tối đa %2 lượt gọi mỗi phút</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not known to this console (kept in the server&apos;s subscriptions)</source>
        <translation>bảng điều khiển không biết (nằm trong các đăng ký sử dụng trên máy chủ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation>chưa có</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Publish %1 (%2)? Its consumers can call it through the gateway.</source>
        <translation>Công bố %1 (%2)? Các bên khai thác sẽ gọi được dịch vụ qua cổng giao dịch.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deprecate %1 (%2)? It keeps answering, but consumers are told to move to a newer service.</source>
        <translation>Ngừng khuyến nghị %1 (%2)? Dịch vụ vẫn trả lời, nhưng các bên khai thác được báo chuyển sang dịch vụ mới hơn.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Retire %1 (%2)? The gateway stops forwarding calls to it.</source>
        <translation>Thu hồi %1 (%2)? Cổng giao dịch sẽ ngừng chuyển tiếp lời gọi tới dịch vụ này.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: waiting for %2…</source>
        <translation>%1: đang chờ %2…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 failed: %2</source>
        <translation>%1 không thành công: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Done: %1 is now %2.</source>
        <translation>Xong: %1 hiện ở trạng thái %2.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Definition of %1</source>
        <translation>Đặc tả của %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loading…</source>
        <translation>Đang tải…</translation>
    </message>
</context>
<context>
    <name>lgsp::ui::ServiceEditor</name>
    <message>
        <location filename="../ui/config/serviceeditor.cpp" line="+34"/>
        <source>Service</source>
        <translation>Dịch vụ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version</source>
        <translation>Phiên bản</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+36"/>
        <location line="+3"/>
        <source>Provider</source>
        <translation>Đơn vị cung cấp</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Protocol</source>
        <translation>Giao thức</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Definition type</source>
        <translation>Loại đặc tả</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Upstream URL</source>
        <translation>Địa chỉ dịch vụ gốc</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Visibility</source>
        <translation>Phạm vi chia sẻ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lifecycle</source>
        <translation>Vòng đời</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Access and SLA</source>
        <translation>Quyền truy cập và SLA</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>May be called by</source>
        <translation>Đơn vị được gọi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Timeout</source>
        <translation>Thời gian chờ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rate limit</source>
        <translation>Giới hạn tần suất</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> calls/min</source>
        <translation> lượt/phút</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Definition</source>
        <translation>Đặc tả</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OpenAPI or WSDL</source>
        <translation>OpenAPI hoặc WSDL</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>%1 (not in this bundle)</source>
        <translation>%1 (không có trong gói)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Change who may call the service</source>
        <translation>Đổi đơn vị được gọi dịch vụ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Remove service…</source>
        <translation>Xoá dịch vụ…</translation>
    </message>
</context>
<context>
    <name>lgsp::ui::ShellMenus</name>
    <message>
        <location filename="../ui/shell/menus.cpp" line="+109"/>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>&amp;Xem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language</source>
        <translation>&amp;Ngôn ngữ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Try LGSP with a Local Sandbox</source>
        <translation>&amp;Dùng thử LGSP với sandbox trên máy này</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add LGSP Instance…</source>
        <translation>&amp;Thêm hệ thống LGSP…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Connections…</source>
        <translation>&amp;Kết nối…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add, edit, test, import and export the connection profiles</source>
        <translation>Thêm, sửa, kiểm tra, nhập và xuất danh sách kết nối</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>T&amp;hoát</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Welcome Page</source>
        <translation>Trang &amp;bắt đầu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Command &amp;Palette…</source>
        <translation>&amp;Bảng lệnh…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Theme</source>
        <translation>&amp;Giao diện</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Follow the System</source>
        <translation>&amp;Theo hệ thống</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Light</source>
        <translation>&amp;Sáng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dark</source>
        <translation>&amp;Tối</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;High Contrast</source>
        <translation>Tương phản &amp;cao</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About LGSP Console</source>
        <translation>&amp;Giới thiệu LGSP Console</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About &amp;Qt</source>
        <translation>Giới thiệu &amp;Qt</translation>
    </message>
</context>
<context>
    <name>lgsp::ui::Sidebar</name>
    <message>
        <location filename="../ui/shell/sidebar.cpp" line="+99"/>
        <source>LGSP Console</source>
        <translation>LGSP Console</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pages</source>
        <translation>Các trang</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Ctrl+%2)</translation>
    </message>
</context>
<context>
    <name>lgsp::ui::StaleStatus</name>
    <message numerus="yes">
        <location filename="../ui/shell/stalestatus.cpp" line="+60"/>
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 và %n hệ thống khác</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>⚠ Stale: %1</source>
        <translation>⚠ Dữ liệu cũ: %1</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Not checked as often as their poll interval says:</source>
        <translation>Không được kiểm tra thường xuyên như chu kỳ thăm dò đã đặt:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: last checked %2</source>
        <translation>%1: lần kiểm tra cuối %2</translation>
    </message>
</context>
<context>
    <name>lgsp::ui::SyncPanel</name>
    <message>
        <location filename="../ui/config/syncpanel.cpp" line="+35"/>
        <source>Tenant</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Service</source>
        <translation>Dịch vụ</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>The bundle has been edited since this comparison: compare again to see what applying would change.</source>
        <translation>Gói cấu hình đã được sửa sau lần so sánh này: hãy so sánh lại để biết việc áp dụng sẽ thay đổi những gì.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+368"/>
        <source>Export from instance</source>
        <translation>Xuất từ hệ thống</translation>
    </message>
    <message>
        <location line="-367"/>
        <source>The bundle open now has unsaved changes. Replace it with the configuration of %1?</source>
        <translation>Gói đang mở có thay đổi chưa lưu. Thay bằng cấu hình của %1?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Replace</source>
        <translation>Thay thế</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Apply the bundle</source>
        <translation>Áp dụng gói cấu hình</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply the bundle to %1? The instance&apos;s tenants and services become the bundle&apos;s; those it leaves out are closed or retired. It is all or nothing, and refused if the instance changed since revision %2.</source>
        <translation>Áp dụng gói cho %1? Đơn vị và dịch vụ của hệ thống sẽ giống hệt trong gói; những mục gói không có sẽ bị đóng hoặc ngừng. Thao tác được thực hiện trọn vẹn hoặc không thực hiện gì, và bị từ chối nếu hệ thống đã thay đổi kể từ phiên bản %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Apply</source>
        <translation>Áp dụng</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>%1 runs on WSO2 API Manager, which has no configuration bundles: its configuration cannot be exported, compared or applied from here.</source>
        <translation>%1 chạy trên WSO2 API Manager, vốn không có gói cấu hình: không thể xuất, so sánh hay áp dụng cấu hình của nó từ đây.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 is a read-only profile: it cannot apply configurations.</source>
        <translation>%1 là hồ sơ chỉ được xem: không thể áp dụng cấu hình.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fix the bundle&apos;s errors first (see Problems).</source>
        <translation>Hãy sửa các lỗi của gói trước (xem mục Vấn đề).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Apply the bundle to the instance, all or nothing</source>
        <translation>Áp dụng gói cho hệ thống, trọn vẹn hoặc không gì cả</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connect an instance to compare or apply (the editor works without one).</source>
        <translation>Hãy kết nối một hệ thống để so sánh hoặc áp dụng (trình soạn thảo vẫn dùng được khi không có kết nối).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Exporting the configuration of %1…</source>
        <translation>Đang xuất cấu hình của %1…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Comparing with %1…</source>
        <translation>Đang so sánh với %1…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dry run on %1…</source>
        <translation>Đang chạy thử trên %1…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Applying to %1…</source>
        <translation>Đang áp dụng cho %1…</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Not applied: %1 changed since revision %2, the bundle&apos;s base. Nothing was changed. Compare again to see what changed on the server.</source>
        <translation>Chưa áp dụng: %1 đã thay đổi kể từ phiên bản %2 (phiên bản gốc của gói). Không có gì bị thay đổi. Hãy so sánh lại để xem máy chủ đã thay đổi những gì.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Compare again</source>
        <translation>So sánh lại</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Exported %1 at revision %2: a new bundle, not saved yet.</source>
        <translation>Đã xuất %1 ở phiên bản %2: một gói mới, chưa lưu.</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+50"/>
        <location line="+37"/>
        <location line="+30"/>
        <source>Item</source>
        <translation>Mục</translation>
    </message>
    <message>
        <location line="-117"/>
        <location line="+50"/>
        <location line="+37"/>
        <location line="+30"/>
        <source>Change</source>
        <translation>Thay đổi</translation>
    </message>
    <message>
        <location line="-117"/>
        <location line="+117"/>
        <source>On the instance</source>
        <translation>Trên hệ thống</translation>
    </message>
    <message>
        <location line="-117"/>
        <location line="+117"/>
        <source>In the bundle</source>
        <translation>Trong gói</translation>
    </message>
    <message numerus="yes">
        <location line="-115"/>
        <source>Applying the bundle to %1 would change %n item(s)</source>
        <translation>
            <numerusform>Áp dụng gói cho %1 sẽ thay đổi %n mục</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The bundle was exported from another instance: what changed on %1 since its revision %2 cannot be told.</source>
        <translation>Gói được xuất từ một hệ thống khác: không thể biết %1 đã thay đổi gì kể từ phiên bản %2 của gói.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing changed on %1 since revision %2, the bundle&apos;s base.</source>
        <translation>%1 không thay đổi gì kể từ phiên bản %2 (phiên bản gốc của gói).</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Changed on %1 since revision %2 (now revision %3): %n item(s)</source>
        <translation>
            <numerusform>Thay đổi trên %1 kể từ phiên bản %2 (nay là phiên bản %3): %n mục</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is at revision %2 and the bundle is based on revision %3; this console has no copy of revision %3, so it cannot tell what changed in between.</source>
        <translation>%1 đang ở phiên bản %2, còn gói dựa trên phiên bản %3; máy này không lưu bản sao của phiên bản %3 nên không thể biết đã thay đổi gì trong khoảng đó.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 at revision %2, compared.</source>
        <translation>Đã so sánh với %1 ở phiên bản %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The bundle is based on revision %1; %2 is at revision %3. Applying it would be refused until you take revision %3 as its base, after reviewing what changed.</source>
        <translation>Gói dựa trên phiên bản %1; %2 đang ở phiên bản %3. Áp dụng sẽ bị từ chối cho tới khi bạn xem lại các thay đổi và lấy phiên bản %3 làm gốc.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Changed both in the bundle and on the server: %1.</source>
        <translation>Bị thay đổi cả trong gói lẫn trên máy chủ: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Take revision %1 as base</source>
        <translation>Lấy phiên bản %1 làm gốc</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+37"/>
        <source>Fields</source>
        <translation>Trường</translation>
    </message>
    <message numerus="yes">
        <location line="-33"/>
        <source>%1 would refuse the bundle: %n error(s)</source>
        <translation>
            <numerusform>%1 sẽ từ chối gói: %n lỗi</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Error</source>
        <translation>Lỗi</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Dry run: refused; nothing was changed.</source>
        <translation>Chạy thử: bị từ chối; không có gì bị thay đổi.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1 accepts the bundle; applying it would make %n change(s)</source>
        <translation>
            <numerusform>%1 chấp nhận gói; áp dụng sẽ tạo %n thay đổi</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Dry run: accepted at revision %1; nothing was changed.</source>
        <translation>Chạy thử: được chấp nhận ở phiên bản %1; không có gì bị thay đổi.</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Applied to %1: %n change(s)</source>
        <translation>
            <numerusform>Đã áp dụng cho %1: %n thay đổi</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Applied to %1: now at revision %2 (audit correlation id %3). The bundle&apos;s base is now revision %2; save it to keep that.</source>
        <translation>Đã áp dụng cho %1: nay ở phiên bản %2 (mã tương quan nhật ký kiểm toán %3). Phiên bản gốc của gói nay là %2; hãy lưu gói để giữ thông tin này.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Applied: revision %1.</source>
        <translation>Đã áp dụng: phiên bản %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Instance:</source>
        <translation>Hệ thống:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Instance to compare with</source>
        <translation>Hệ thống để so sánh</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Compared %1</source>
        <translation>Đã so sánh %1</translation>
    </message>
    <message>
        <location line="-254"/>
        <source>Start a new bundle from the instance&apos;s configuration now</source>
        <translation>Tạo gói mới từ cấu hình hiện tại của hệ thống</translation>
    </message>
    <message>
        <location line="+251"/>
        <source>Compare</source>
        <translation>So sánh</translation>
    </message>
    <message>
        <location line="-249"/>
        <source>What applying would change, and what changed on the server since the bundle&apos;s base revision</source>
        <translation>Áp dụng sẽ thay đổi những gì, và máy chủ đã thay đổi gì kể từ phiên bản gốc của gói</translation>
    </message>
    <message>
        <location line="+250"/>
        <source>Dry run</source>
        <translation>Chạy thử</translation>
    </message>
    <message>
        <location line="-247"/>
        <source>Let the server check the bundle and list its changes, without changing anything</source>
        <translation>Để máy chủ kiểm tra gói và liệt kê các thay đổi, không thay đổi gì</translation>
    </message>
    <message>
        <location line="+248"/>
        <source>Apply…</source>
        <translation>Áp dụng…</translation>
    </message>
</context>
<context>
    <name>lgsp::ui::TenantDetails</name>
    <message>
        <location filename="../ui/tenants/tenantdetails.cpp" line="+49"/>
        <source>Agency code</source>
        <translation>Mã định danh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NDXP member</source>
        <translation>Thành viên NDXP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact</source>
        <translation>Liên hệ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Instance</source>
        <translation>Hệ thống</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Services, consumers</source>
        <translation>Dịch vụ, bên khai thác</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transactions today</source>
        <translation>Giao dịch hôm nay</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Provides</source>
        <translation>Cung cấp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consumes</source>
        <translation>Sử dụng</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>none</source>
        <translation>không có</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No tenant selected</source>
        <translation>Chưa chọn đơn vị</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select a tenant to see its details and what you can do.</source>
        <translation>Chọn một đơn vị để xem chi tiết và các thao tác có thể thực hiện.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 (demonstration code, not confirmed)</source>
        <translation>%1 (mã minh hoạ, chưa xác nhận)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>none given</source>
        <translation>chưa có</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (read-only profile)</source>
        <translation>%1 (kết nối chỉ xem)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not counted by this kind of server</source>
        <translation>loại máy chủ này không thống kê</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 provided, %2 consumers</source>
        <translation>cung cấp %1, %2 bên khai thác</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+40"/>
        <source>loading…</source>
        <translation>đang tải…</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>no metrics source for this instance</source>
        <translation>hệ thống này không có nguồn số liệu</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>not known to this console (kept in the server&apos;s subscriptions)</source>
        <translation>bảng điều khiển không biết (nằm trong các đăng ký sử dụng trên máy chủ)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>…and %n more</source>
        <translation>
            <numerusform>…và %n dịch vụ khác</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no services</source>
        <translation>không có dịch vụ nào</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>%1 calls, %2 errors</source>
        <translation>%1 lượt gọi, %2 lỗi</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Edit…</source>
        <translation>Sửa…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Suspend %1 (%2)? Its services stop answering through the gateway and its consumers&apos; calls are refused until it is resumed.</source>
        <translation>Tạm dừng %1 (%2)? Các dịch vụ của đơn vị sẽ ngừng trả lời qua cổng giao dịch và lời gọi của các bên khai thác bị từ chối cho đến khi được khôi phục.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Resume %1 (%2)? Its services answer through the gateway again.</source>
        <translation>Khôi phục %1 (%2)? Các dịch vụ của đơn vị sẽ trả lời lại qua cổng giao dịch.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close %1 (%2)? Its services are retired and it can no longer provide or consume anything. This cannot be undone from the console.</source>
        <translation>Đóng %1 (%2)? Các dịch vụ của đơn vị bị thu hồi và đơn vị không thể cung cấp hay khai thác gì nữa. Không thể hoàn tác thao tác này từ bảng điều khiển.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 %2 (%3)?</source>
        <translation>%1 %2 (%3)?</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1: waiting for %2…</source>
        <translation>%1: đang chờ %2…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 failed: %2</source>
        <translation>%1 không thành công: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Done: %1 is now %2.</source>
        <translation>Xong: %1 hiện ở trạng thái %2.</translation>
    </message>
</context>
<context>
    <name>lgsp::ui::TenantEditor</name>
    <message>
        <location filename="../ui/config/tenanteditor.cpp" line="+19"/>
        <source>Tenant</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agency code</source>
        <translation>Mã định danh</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English name</source>
        <translation>Tên tiếng Anh</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contact</source>
        <translation>Liên hệ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact name</source>
        <translation>Người liên hệ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Add a service it provides</source>
        <translation>Thêm dịch vụ do đơn vị cung cấp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove tenant…</source>
        <translation>Xoá đơn vị…</translation>
    </message>
</context>
<context>
    <name>lgsp::ui::TenantForm</name>
    <message>
        <location filename="../ui/tenants/tenantform.cpp" line="+100"/>
        <source>Instance</source>
        <translation>Hệ thống</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agency code</source>
        <translation>Mã định danh</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English name</source>
        <translation>Tên tiếng Anh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact person</source>
        <translation>Người liên hệ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact e-mail</source>
        <translation>Thư điện tử liên hệ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact phone</source>
        <translation>Điện thoại liên hệ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e.g. 000.00.00.H30</source>
        <translation>ví dụ 000.00.00.H30</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>QCVN 102 form NNN.NN.NN.XNN, or the newer scheme: up to 35 characters of 0–9, A–Z and dots</source>
        <translation>Dạng QCVN 102 NNN.NN.NN.XNN, hoặc cách mới: tối đa 35 ký tự gồm 0–9, A–Z và dấu chấm</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. Ủy ban nhân dân tỉnh Hậu Giang</source>
        <translation>ví dụ Ủy ban nhân dân tỉnh Hậu Giang</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>New tenant</source>
        <translation>Đơn vị mới</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create</source>
        <translation>Tạo</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>The tenant is created at once on the instance; its status can be changed later.</source>
        <translation>Đơn vị được tạo ngay trên hệ thống; trạng thái có thể đổi sau.</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>Edit tenant %1</source>
        <translation>Sửa đơn vị %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Huỷ</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>%1 is no longer connected.</source>
        <translation>%1 không còn được kết nối.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reading the current values from %1…</source>
        <translation>Đang đọc giá trị hiện tại từ %1…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Only what you change is sent.</source>
        <translation>Chỉ những gì bạn thay đổi được gửi đi.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>No connected instance lets this credential create tenants.</source>
        <translation>Không hệ thống nào đang kết nối cho phép thông tin xác thực này tạo đơn vị.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The agency code is empty.</source>
        <translation>Chưa nhập mã định danh.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is not an agency code: use the QCVN 102 form NNN.NN.NN.XNN (e.g. 000.00.00.H30) or up to 35 characters of 0–9, A–Z and dots.</source>
        <translation>“%1” không phải mã định danh: dùng dạng QCVN 102 NNN.NN.NN.XNN (ví dụ 000.00.00.H30) hoặc tối đa 35 ký tự gồm 0–9, A–Z và dấu chấm.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The name is empty.</source>
        <translation>Chưa nhập tên.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; is not an e-mail address.</source>
        <translation>“%1” không phải địa chỉ thư điện tử.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; is not a phone number (digits, spaces, + . ( ) -).</source>
        <translation>“%1” không phải số điện thoại (chữ số, dấu cách, + . ( ) -).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 cannot be emptied here; enter a new value or keep the old one.</source>
        <translation>Không thể để trống %1 ở đây; hãy nhập giá trị mới hoặc giữ giá trị cũ.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>That instance is no longer connected.</source>
        <translation>Hệ thống đó không còn được kết nối.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Someone changed this tenant since the form was opened. Close the form and open it again to start from the current values.</source>
        <translation>Đã có người sửa đơn vị này sau khi biểu mẫu được mở. Hãy đóng biểu mẫu và mở lại để bắt đầu từ giá trị hiện tại.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Creating…</source>
        <translation>Đang tạo…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Saving…</source>
        <translation>Đang lưu…</translation>
    </message>
</context>
<context>
    <name>lgsp::ui::TenantImportDialog</name>
    <message>
        <location filename="../ui/tenants/tenantimportdialog.cpp" line="+131"/>
        <source>Applied %1 of %2…</source>
        <translation>Đã áp dụng %1/%2…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read %1 of %2…</source>
        <translation>Đã đọc %1/%2…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Stopped.</source>
        <translation>Đã dừng.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Finished.</source>
        <translation>Đã xong.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1 is larger than %2 MiB.</source>
        <translation>%1 lớn hơn %2 MiB.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot read %1: %2</source>
        <translation>Không đọc được %1: %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+142"/>
        <source>Import tenants from a CSV file</source>
        <translation>Nhập đơn vị từ tệp CSV</translation>
    </message>
    <message>
        <location line="-140"/>
        <source>CSV files (*.csv *.txt)</source>
        <translation>Tệp CSV (*.csv *.txt)</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>Apply %n change(s) to %1, one row at a time?</source>
        <translation>
            <numerusform>Áp dụng %n thay đổi vào %1, lần lượt từng dòng?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The first failure stops the rest; the rows done stay done.</source>
        <translation>Lỗi đầu tiên sẽ dừng các dòng còn lại; các dòng đã làm vẫn giữ nguyên.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A failed row is reported and the next rows go on.</source>
        <translation>Dòng bị lỗi được ghi lại và các dòng sau vẫn tiếp tục.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+27"/>
        <source>Import tenants</source>
        <translation>Nhập đơn vị</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>&amp;Apply</source>
        <translation>Á&amp;p dụng</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot write %1: %2</source>
        <translation>Không ghi được %1: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>-report</source>
        <translation>-bao-cao</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the import report</source>
        <translation>Lưu báo cáo nhập</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv)</source>
        <translation>Tệp CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Choose a CSV file (UTF-8, separated by commas or semicolons) whose first line names the columns: code, name, nameEn, kind, status, contactName, contactEmail, contactPhone — or the headers of the console&apos;s own tenant export. To suspend or resume, a column of codes is enough.</source>
        <translation>Chọn một tệp CSV (UTF-8, phân cách bằng dấu phẩy hoặc chấm phẩy) có dòng đầu ghi tên các cột: code, name, nameEn, kind, status, contactName, contactEmail, contactPhone — hoặc các tiêu đề trong tệp xuất đơn vị của chính bảng điều khiển. Để tạm dừng hay khôi phục, chỉ cần một cột mã định danh.</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n dòng</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n to create</source>
        <translation>
            <numerusform>%n cần tạo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n to update</source>
        <translation>
            <numerusform>%n cần cập nhật</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n to suspend</source>
        <translation>
            <numerusform>%n cần tạm dừng</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n to resume</source>
        <translation>
            <numerusform>%n cần khôi phục</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n không đổi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <location line="+4"/>
        <source>%n with errors</source>
        <translation>
            <numerusform>%n có lỗi</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Applied: %1 done, %2 failed, %3 not run.</source>
        <translation>Đã áp dụng: %1 xong, %2 thất bại, %3 không chạy.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Run the dry run to see what each row would do.</source>
        <translation>Hãy chạy thử để xem từng dòng sẽ làm gì.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Columns not used: %1.</source>
        <translation>Các cột không dùng: %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>&amp;Apply %n change(s)…</source>
        <translation>
            <numerusform>Á&amp;p dụng %n thay đổi…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Apply…</source>
        <translation>Á&amp;p dụng…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;File:</source>
        <translation>&amp;Tệp:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Path of a .csv file; Enter reads it</source>
        <translation>Đường dẫn tệp .csv; nhấn Enter để đọc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Chọn…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Instance:</source>
        <translation>&amp;Hệ thống:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;What to do:</source>
        <translation>&amp;Việc cần làm:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create or update the tenants</source>
        <translation>Tạo mới hoặc cập nhật các đơn vị</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suspend the tenants listed</source>
        <translation>Tạm dừng các đơn vị trong tệp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resume the tenants listed</source>
        <translation>Khôi phục các đơn vị trong tệp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows of the file</source>
        <translation>Các dòng của tệp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If a row fails:</source>
        <translation>Nếu một dòng bị lỗi:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Stop there</source>
        <translation>&amp;Dừng lại</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Go on with the next rows</source>
        <translation>&amp;Làm tiếp các dòng sau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;ry run</source>
        <translation>Chạ&amp;y thử</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read every tenant the file names from the instance and show what each row would do; nothing is changed</source>
        <translation>Đọc từ hệ thống mọi đơn vị có trong tệp và cho biết từng dòng sẽ làm gì; không thay đổi gì cả</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Huỷ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save r&amp;eport…</source>
        <translation>Lưu &amp;báo cáo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Close</source>
        <translation>Đó&amp;ng</translation>
    </message>
</context>
<context>
    <name>lgsp::ui::TenantsPage</name>
    <message numerus="yes">
        <location filename="../ui/tenants/tenantspage.cpp" line="+182"/>
        <source>%1 of %n tenant(s)</source>
        <translation>
            <numerusform>%1 trong số %n đơn vị</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Search tenants: name, agency code, NDXP member, contact</source>
        <translation>Tìm đơn vị: tên, mã định danh, thành viên NDXP, liên hệ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search tenants</source>
        <translation>Tìm đơn vị</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All statuses</source>
        <translation>Mọi trạng thái</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All kinds</source>
        <translation>Mọi loại</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any</source>
        <translation>Tất cả</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Security server registration filter</source>
        <translation>Lọc theo đăng ký trên máy chủ an ninh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On NDXP:</source>
        <translation>Trên NDXP:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status filter</source>
        <translation>Lọc theo trạng thái</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind filter</source>
        <translation>Lọc theo loại</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status:</source>
        <translation>Trạng thái:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind:</source>
        <translation>Loại:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New tenant…</source>
        <translation>Đơn vị mới…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import CSV…</source>
        <translation>Nhập CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create, update, suspend or resume many tenants from a spreadsheet, with a dry run first</source>
        <translation>Tạo mới, cập nhật, tạm dừng hoặc khôi phục nhiều đơn vị từ một bảng tính, có chạy thử trước</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Create a tenant on an instance that lets this credential create tenants</source>
        <translation>Tạo đơn vị trên một hệ thống cho phép thông tin xác thực này tạo đơn vị</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tenants</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No tenants to show yet</source>
        <translation>Chưa có đơn vị nào để hiển thị</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This page lists the agencies served by each connected LGSP instance — ministries, provinces and their units — with their status, agency code and services, searchable with or without diacritics. Connect to an instance, or try the local sandbox, to get started.</source>
        <translation>Trang này liệt kê các cơ quan được mỗi hệ thống LGSP phục vụ — bộ, ngành, tỉnh, thành phố và các đơn vị trực thuộc — kèm trạng thái, mã định danh và dịch vụ; tìm kiếm được cả khi gõ có dấu hay không dấu. Hãy kết nối tới một hệ thống, hoặc dùng thử hệ thống thử nghiệm trên máy này.</translation>
    </message>
    <message numerus="yes">
        <location line="-28"/>
        <source>%n tenant(s)</source>
        <translation>
            <numerusform>%n đơn vị</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lgsp::ui::TransactionCharts</name>
    <message>
        <location filename="../ui/charts/transactioncharts.cpp" line="+204"/>
        <source>Other codes</source>
        <translation>Mã khác</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Show or hide this line</source>
        <translation>Hiện hoặc ẩn đường này</translation>
    </message>
    <message>
        <location filename="../ui/charts/transactioncharts_text.cpp" line="+13"/>
        <source>No data: stream lost</source>
        <translation>Không có dữ liệu: mất luồng trực tiếp</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No data: instance down</source>
        <translation>Không có dữ liệu: hệ thống ngừng hoạt động</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reconnecting…</source>
        <translation>Đang kết nối lại…</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>so far (%1 of %2 s counted): </source>
        <translation>tạm tính (mới đếm %1/%2 giây): </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 calls, %2 errors</source>
        <translation>%1 lượt gọi, %2 lỗi</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>latency p50 %1 ms · p95 %2 ms · p99 %3 ms</source>
        <translation>độ trễ p50 %1 ms · p95 %2 ms · p99 %3 ms</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>no data</source>
        <translation>không có dữ liệu</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Click for the transactions of this period</source>
        <translation>Nhấp chuột để xem các giao dịch trong khoảng này</translation>
    </message>
    <message>
        <location filename="../ui/charts/transactioncharts.cpp" line="+146"/>
        <source>Partial</source>
        <translation>Chưa đầy đủ</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>Throughput (%1)</source>
        <translation>Lưu lượng (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Errors (%1)</source>
        <translation>Lỗi (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Errors by code (%1)</source>
        <translation>Lỗi theo mã (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latency p95 (ms)</source>
        <translation>Độ trễ p95 (ms)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latency p50 / p95 / p99 (ms)</source>
        <translation>Độ trễ p50 / p95 / p99 (ms)</translation>
    </message>
</context>
<context>
    <name>lgsp::ui::TransactionLogDialog</name>
    <message>
        <location filename="../ui/charts/transactionlogdialog.cpp" line="+25"/>
        <location line="+14"/>
        <source>Transactions</source>
        <translation>Giao dịch</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>&lt;b&gt;%1&lt;/b&gt;: transactions from %2 to %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: giao dịch từ %2 đến %3</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Loading…</source>
        <translation>Đang tải…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The transaction log could not be read: %1</source>
        <translation>Không đọc được nhật ký giao dịch: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No transaction in this period (the log keeps recent calls only).</source>
        <translation>Không có giao dịch nào trong khoảng này (nhật ký chỉ giữ các lượt gọi gần đây).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The latest %1 of %2 transactions.</source>
        <translation>%1 giao dịch mới nhất trong tổng số %2.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n transaction(s).</source>
        <translation>
            <numerusform>%n giao dịch.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lgsp::ui::TransactionsPage</name>
    <message>
        <location filename="../ui/charts/transactionspage.cpp" line="+104"/>
        <location line="+5"/>
        <source>Export the charts</source>
        <translation>Xuất biểu đồ</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>PNG images (*.png)</source>
        <translation>Ảnh PNG (*.png)</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+5"/>
        <source>Export the chart data</source>
        <translation>Xuất dữ liệu biểu đồ</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>CSV files (*.csv)</source>
        <translation>Tệp CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>No metrics source for this instance</source>
        <translation>Hệ thống này không có nguồn số liệu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 runs on WSO2 API Manager. Version 4.x keeps its transaction analytics outside the product (in Choreo, or in Elasticsearch or OpenSearch), so its own API has nothing to chart. Name the cluster its analytics write to, or a Prometheus with its traffic (its Micro Integrator&apos;s), in File → Connections…, tab “Traffic data”. Its tenants, services and health are on the other pages.</source>
        <translation>%1 chạy trên WSO2 API Manager. Phiên bản 4.x lưu dữ liệu phân tích giao dịch bên ngoài sản phẩm (trong Choreo, hoặc trong Elasticsearch hay OpenSearch), nên API của chính nó không có gì để vẽ biểu đồ. Hãy khai báo cụm mà dữ liệu phân tích được ghi vào, hoặc một Prometheus chứa lưu lượng của nó (của Micro Integrator), tại Tệp → Kết nối…, thẻ “Số liệu giao dịch”. Đơn vị, dịch vụ và tình trạng của nó có ở các trang khác.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No metrics source for %1 (WSO2 API Manager): it is left out of the charts.</source>
        <translation>Không có nguồn số liệu cho %1 (WSO2 API Manager): hệ thống này không có trên biểu đồ.</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>the charts show a gap until the stream is back</source>
        <translation>biểu đồ để trống cho đến khi có lại luồng dữ liệu</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>from %1, every %n s; the source keeps the history</source>
        <translation>
            <numerusform>từ %1, mỗi %n giây; lịch sử do nguồn này lưu giữ</numerusform>
        </translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Unknown instance</source>
        <translation>Hệ thống không xác định</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+18"/>
        <source>Cannot write %1: %2</source>
        <translation>Không ghi được %1: %2</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Chart history cannot be kept (%1). The charts show what is fetched from the instances while the console runs.</source>
        <translation>Không lưu được lịch sử biểu đồ (%1). Biểu đồ chỉ hiển thị dữ liệu lấy từ các hệ thống trong lúc ứng dụng đang chạy.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Transactions</source>
        <translation>Giao dịch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No transaction data yet</source>
        <translation>Chưa có dữ liệu giao dịch</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This page charts the transactions flowing through each instance, live: throughput, errors by LGSP error code and latency percentiles, from five minutes to thirty days. Connect to an instance, or try the local sandbox, to get started.</source>
        <translation>Trang này vẽ biểu đồ trực tiếp các giao dịch đi qua từng hệ thống: lưu lượng, lỗi theo mã lỗi LGSP và các phân vị độ trễ, từ 5 phút đến 30 ngày. Hãy kết nối tới một hệ thống hoặc dùng thử sandbox trên máy này để bắt đầu.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Try the local sandbox</source>
        <translation>Dùng thử sandbox trên máy này</translation>
    </message>
</context>
<context>
    <name>lgsp::ui::TrayIcon</name>
    <message>
        <location filename="../ui/shell/trayicon.cpp" line="+62"/>
        <source>Back to normal.</source>
        <translation>Đã trở lại bình thường.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>LGSP Console — no alert</source>
        <translation>LGSP Console — không có cảnh báo</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>LGSP Console — %n alert(s)</source>
        <translation>
            <numerusform>LGSP Console — %n cảnh báo</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lgsp::ui::WelcomePage</name>
    <message>
        <location filename="../ui/welcome/welcomepage.cpp" line="+102"/>
        <source>Welcome to LGSP Console</source>
        <translation>Chào mừng đến với LGSP Console</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>LGSP Console administers the integration and data-sharing platforms (LGSP) of ministries and provinces, all linked to the national platform NDXP. Connect to one or many instances to see their tenants, service catalog, live transactions and connection health in one place.</source>
        <translation>LGSP Console dùng để quản trị Nền tảng tích hợp, chia sẻ dữ liệu cấp bộ, cấp tỉnh (LGSP), vốn đều kết nối với Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP). Kết nối tới một hoặc nhiều hệ thống để theo dõi đơn vị, danh mục dịch vụ, giao dịch trực tiếp và tình trạng kết nối tại một nơi.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Try LGSP with a local sandbox</source>
        <translation>Dùng thử LGSP với sandbox trên máy này</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Starting the sandbox…</source>
        <translation>Đang khởi động sandbox…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start a small LGSP instance with demonstration data on this computer and connect to it. Nothing leaves this machine.</source>
        <translation>Khởi chạy một hệ thống LGSP nhỏ có dữ liệu minh hoạ ngay trên máy tính này và kết nối tới đó. Không có dữ liệu nào ra khỏi máy.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add an LGSP instance</source>
        <translation>Thêm hệ thống LGSP</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connect to your ministry&apos;s or province&apos;s LGSP. Not available in this version yet.</source>
        <translation>Kết nối tới LGSP của bộ hoặc tỉnh của bạn. Chưa có trong phiên bản này.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import connections</source>
        <translation>Nhập danh sách kết nối</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Load a list of instances prepared by a colleague. Not available in this version yet.</source>
        <translation>Nạp danh sách hệ thống do đồng nghiệp chuẩn bị sẵn. Chưa có trong phiên bản này.</translation>
    </message>
</context>
</TS>

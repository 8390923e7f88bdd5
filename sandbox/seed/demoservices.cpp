#include "sandbox/seed/demoservices.h"

#include "sandbox/storage/servicestore.h"

namespace lgsp::sandbox {

namespace {

const char kOperator[] = "000.00.00.G14";

struct NationalService
{
    const char *code;
    const char *name;
    const char *protocol;   // REST or SOAP
    const char *operations; // space separated
};

// Bridged from NDXP by the operating ministry, consumed by every province that tried the LGSP.
const NationalService kNational[] = {
    {"dan-cu-tra-cuu", "Tra cứu thông tin công dân (CSDL quốc gia về Dân cư)", "SOAP",
     "TraCuuThongTinCongDan"},
    {"dan-cu-xac-minh", "Xác minh thông tin nhân thân (CSDL quốc gia về Dân cư)", "SOAP",
     "XacMinhThongTinNhanThan"},
    {"dang-ky-doanh-nghiep",
     "Tra cứu thông tin doanh nghiệp (CSDL quốc gia về Đăng ký doanh nghiệp)", "REST",
     "/doanh-nghiep/{maSoDoanhNghiep} /doanh-nghiep/tim-kiem"},
    {"bhxh-qua-trinh", "Tra cứu quá trình tham gia bảo hiểm xã hội", "REST",
     "/qua-trinh-dong/{maSoBhxh}"},
    {"bhyt-the", "Tra cứu thẻ bảo hiểm y tế", "REST", "/the-bhyt/{maThe}"},
    {"ho-tich", "Hộ tịch điện tử (apiHoTichTuPhap)", "REST",
     "/apiHoTichTuPhap/dangKyHoTich /apiHoTichTuPhap/traTrangThaiHoSo"},
    {"ly-lich-tu-phap", "Lý lịch tư pháp (apiLyLichTuPhap)", "REST",
     "/apiLyLichTuPhap/nopHoSo /apiLyLichTuPhap/traKetQua"},
    {"dmdc-don-vi-hanh-chinh", "Danh mục dùng chung: đơn vị hành chính cấp 1", "REST",
     "/dmdc/Category/donvihanhchinhcap1"},
    {"dmdc-dan-toc", "Danh mục dùng chung: dân tộc", "REST", "/dmdc/Category/madantoc"},
    {"dmdc-quoc-tich", "Danh mục dùng chung: quốc tịch", "REST", "/dmdc/Category/quoctich"},
    {"thanh-toan-truc-tuyen", "Thanh toán trực tuyến (Cổng Dịch vụ công quốc gia)", "REST",
     "/thanh-toan/khoi-tao /thanh-toan/{maGiaoDich}"},
    {"thanh-toan-thue-dat", "Thanh toán thuế đất", "REST", "/thue-dat/tra-cuu /thue-dat/nop"},
    {"dvcqg-dong-bo-ho-so", "Đồng bộ hồ sơ với Cổng Dịch vụ công quốc gia", "REST",
     "/dong-bo/ho-so /dong-bo/trang-thai"},
    {"lien-thong-khai-sinh", "Liên thông khai sinh – thường trú – cấp thẻ BHYT cho trẻ dưới 6 tuổi",
     "REST", "/lien-thong/ho-so /lien-thong/{maHoSo}"},
    {"cu-tru", "Đăng ký cư trú", "REST", "/cu-tru/thuong-tru /cu-tru/tam-tru"},
    {"van-ban-dien-tu", "Trao đổi văn bản điện tử (edXML, QCVN 102)", "SOAP",
     "SendEdoc GetEdocStatus"},
};

struct Province
{
    const char *code;
    const char *name;
};

const Province kProvinces[] = {
    {"000.00.00.H04", "Bắc Kạn"},    {"000.00.00.H06", "Bến Tre"},
    {"000.00.00.H10", "Bình Phước"}, {"000.00.00.H17", "Đắk Lắk"},
    {"000.00.00.H26", "Hà Nội"},     {"000.00.00.H30", "Hậu Giang"},
    {"000.00.00.H34", "Khánh Hoà"},  {"000.00.00.H36", "Lai Châu"},
    {"000.00.00.H44", "Phú Yên"},    {"000.00.00.H45", "Quảng Bình"},
    {"000.00.00.H48", "Quảng Ngãi"}, {"000.00.00.H63", "Vĩnh Phúc"},
};

QString openApiDefinition(const QString &title, const QString &operations)
{
    QString yaml = QStringLiteral("openapi: 3.0.3\ninfo:\n  title: \"%1\"\n  version: \"1.0\"\n"
                                  "  description: Dữ liệu minh hoạ của lgsp-sandbox.\npaths:\n")
                       .arg(title);
    for (const QString &path : operations.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const bool read =
            path.contains(QLatin1Char('{')) || path.contains(QLatin1String("Category")) ||
            path.contains(QLatin1String("tra-cuu")) || path.contains(QLatin1String("tim-kiem"));
        yaml += QStringLiteral("  %1:\n    %2:\n      summary: \"%3\"\n      responses:\n"
                               "        \"200\":\n          description: Thành công\n"
                               "        \"500\":\n          description: DATA_INCORRECT\n")
                    .arg(path, read ? QStringLiteral("get") : QStringLiteral("post"),
                         path.section(QLatin1Char('/'), -1));
    }
    return yaml;
}

QString wsdlDefinition(const QString &code, const QString &title, const QString &operations)
{
    QString ops;
    for (const QString &op : operations.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        ops += QStringLiteral("    <wsdl:operation name=\"%1\">\n"
                              "      <wsdl:input message=\"tns:%1Request\"/>\n"
                              "      <wsdl:output message=\"tns:%1Response\"/>\n"
                              "    </wsdl:operation>\n")
                   .arg(op);
    }
    return QStringLiteral(
               "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
               "<!-- %1 — dữ liệu minh hoạ của lgsp-sandbox -->\n"
               "<wsdl:definitions xmlns:wsdl=\"http://schemas.xmlsoap.org/wsdl/\"\n"
               "    xmlns:tns=\"urn:lgsp:demo:%2\" targetNamespace=\"urn:lgsp:demo:%2\">\n"
               "  <wsdl:portType name=\"%2PortType\">\n%3  </wsdl:portType>\n"
               "</wsdl:definitions>\n")
        .arg(title, code, ops);
}

bool add(ServiceStore *store, const QString &baseUrl, const QString &tenant, const QString &code,
         const QString &name, const QString &protocol, const QString &operations,
         const QString &visibility, const QStringList &consumers, const QString &status,
         QString *error)
{
    if (store->find(ServiceStore::idFor(tenant, code)))
        return true;
    protocol::ServiceInput in;
    in.code = code;
    in.name = name;
    in.version = QStringLiteral("1.0");
    in.tenantCode = tenant;
    in.protocol = protocol;
    in.definitionType =
        protocol == QLatin1String("SOAP") ? QStringLiteral("WSDL1") : QStringLiteral("OAS3");
    in.upstreamUrl = baseUrl + QStringLiteral("/upstream/") + code;
    in.visibility = visibility;
    in.consumers = consumers;
    in.timeoutMs = 5000;
    in.rateLimitPerMin = 1200;
    in.definition = protocol == QLatin1String("SOAP") ? wsdlDefinition(code, name, operations)
                                                      : openApiDefinition(name, operations);
    ServiceStore::Stored stored;
    return store->insert(in, status, &stored, error) == ServiceStore::Outcome::Ok;
}

} // namespace

bool seedDemoServices(ServiceStore *store, const QString &baseUrl, QString *error)
{
    QStringList provinces;
    for (const Province &p : kProvinces)
        provinces << QString::fromLatin1(p.code);
    for (const NationalService &s : kNational) {
        if (!add(store, baseUrl, QString::fromLatin1(kOperator), QString::fromLatin1(s.code),
                 QString::fromUtf8(s.name), QString::fromLatin1(s.protocol),
                 QString::fromUtf8(s.operations), QStringLiteral("ndxp"), provinces,
                 QStringLiteral("published"), error))
            return false;
    }
    for (const Province &p : kProvinces) {
        const QString tenant = QString::fromLatin1(p.code);
        const QString province = QString::fromUtf8(p.name);
        // Each province's one-stop shop reports its files to the national portal through the
        // operating ministry; its document system exchanges edXML with the ministries.
        if (!add(store, baseUrl, tenant, QStringLiteral("mot-cua-dien-tu"),
                 QStringLiteral("Hệ thống thông tin giải quyết thủ tục hành chính tỉnh %1")
                     .arg(province),
                 QStringLiteral("REST"), QStringLiteral("/ho-so/{maHoSo} /ho-so/tiep-nhan"),
                 QStringLiteral("instance"), {QString::fromLatin1(kOperator)},
                 QStringLiteral("published"), error) ||
            !add(store, baseUrl, tenant, QStringLiteral("quan-ly-van-ban"),
                 QStringLiteral("Quản lý văn bản và điều hành tỉnh %1").arg(province),
                 QStringLiteral("SOAP"), QStringLiteral("ReceiveEdoc SendEdoc"),
                 QStringLiteral("tenant"), {QString::fromLatin1(kOperator)},
                 tenant.endsWith(QLatin1String("H48")) ? QStringLiteral("draft")
                                                       : QStringLiteral("published"),
                 error))
            return false;
    }
    return true;
}

} // namespace lgsp::sandbox

#include "sandbox/seed/demoseed.h"

#include "sandbox/storage/tenantstore.h"

namespace lgsp::sandbox {

namespace {

struct DemoTenant
{
    const char *code;
    const char *name;
    const char *nameEn;
    const char *kind;
    const char *status;
    bool codeVerified;
};

// Ministry codes: G17 (Construction) is confirmed by two sources; the others come from a
// secondary list (before the 2025 mergers). Province codes other than H30 (Hậu Giang) are
// placeholders for the demonstration.
const DemoTenant kTenants[] = {
    {"000.00.00.G14", "Bộ Thông tin và Truyền thông", "Ministry of Information and Communications",
     "ministry", "active", false},
    {"000.00.00.G02", "Bộ Công Thương", "Ministry of Industry and Trade", "ministry", "trial",
     false},
    {"000.00.00.G10", "Bộ Nông nghiệp và Phát triển Nông thôn",
     "Ministry of Agriculture and Rural Development", "ministry", "trial", false},
    {"000.00.00.G08", "Bộ Ngoại giao", "Ministry of Foreign Affairs", "ministry", "trial", false},
    {"000.00.00.G16", "Bộ Văn hoá, Thể thao và Du lịch", "Ministry of Culture, Sports and Tourism",
     "ministry", "trial", false},
    {"000.00.00.G17", "Bộ Xây dựng", "Ministry of Construction", "ministry", "trial", true},
    {"000.00.00.G18", "Bộ Y tế", "Ministry of Health", "ministry", "trial", false},
    {"000.00.00.H04", "Tỉnh Bắc Kạn", "Bac Kan Province", "province", "trial", false},
    {"000.00.00.H06", "Tỉnh Bến Tre", "Ben Tre Province", "province", "trial", false},
    {"000.00.00.H10", "Tỉnh Bình Phước", "Binh Phuoc Province", "province", "trial", false},
    {"000.00.00.H17", "Tỉnh Đắk Lắk", "Dak Lak Province", "province", "trial", false},
    {"000.00.00.H26", "Thành phố Hà Nội", "Ha Noi City", "province", "active", false},
    {"000.00.00.H30", "Tỉnh Hậu Giang", "Hau Giang Province", "province", "active", true},
    {"000.00.00.H34", "Tỉnh Khánh Hoà", "Khanh Hoa Province", "province", "trial", false},
    {"000.00.00.H36", "Tỉnh Lai Châu", "Lai Chau Province", "province", "trial", false},
    {"000.00.00.H44", "Tỉnh Phú Yên", "Phu Yen Province", "province", "trial", false},
    {"000.00.00.H45", "Tỉnh Quảng Bình", "Quang Binh Province", "province", "trial", false},
    {"000.00.00.H48", "Tỉnh Quảng Ngãi", "Quang Ngai Province", "province", "suspended", false},
    {"000.00.00.H63", "Tỉnh Vĩnh Phúc", "Vinh Phuc Province", "province", "trial", false},
};

} // namespace

bool seedDemoTenants(TenantStore *store, QString *error)
{
    for (const DemoTenant &d : kTenants) {
        const QString code = QString::fromLatin1(d.code);
        if (store->find(code))
            continue;
        protocol::TenantInput in;
        in.code = code;
        in.name = QString::fromUtf8(d.name);
        in.nameEn = QString::fromUtf8(d.nameEn);
        in.kind = QString::fromLatin1(d.kind);
        in.status = QString::fromLatin1(d.status);
        in.contactName = QStringLiteral("Trung tâm Công nghệ thông tin (dữ liệu minh hoạ)");
        in.contactEmail =
            QStringLiteral("cntt@") + code.right(3).toLower() + QStringLiteral(".demo.invalid");
        TenantStore::Stored stored;
        if (store->insert(in, d.codeVerified, &stored, error) != TenantStore::Outcome::Ok)
            return false;
    }
    return true;
}

} // namespace lgsp::sandbox

package cn.gongzhuling.academy.organization.control;

import cn.gongzhuling.academy.organization.entity.Position;

/** A person as typed in a form or a CSV row, before validation. */
public class PersonDraft {

    private String staffNo;
    private String nameZh;
    private String nameEn;
    private String phone;
    private Position position;
    private Long unitId;
    private boolean active = true;
    private long version;

    public String getStaffNo() { return staffNo; }
    public void setStaffNo(String staffNo) { this.staffNo = trim(staffNo); }
    public String getNameZh() { return nameZh; }
    public void setNameZh(String nameZh) { this.nameZh = trim(nameZh); }
    public String getNameEn() { return nameEn; }
    public void setNameEn(String nameEn) { this.nameEn = trim(nameEn); }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = trim(phone); }
    public Position getPosition() { return position; }
    public void setPosition(Position position) { this.position = position; }
    public Long getUnitId() { return unitId; }
    public void setUnitId(Long unitId) { this.unitId = unitId; }
    public boolean isActive() { return active; }
    public void setActive(boolean active) { this.active = active; }
    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }

    private static String trim(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}

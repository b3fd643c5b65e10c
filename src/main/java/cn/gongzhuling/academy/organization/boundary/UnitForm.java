package cn.gongzhuling.academy.organization.boundary;

import cn.gongzhuling.academy.organization.entity.OrgUnit;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/** Editable fields of an org unit, with the same limits as the columns. */
public class UnitForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank
    @Size(max = OrgUnit.CODE_MAX)
    @Pattern(regexp = OrgUnit.CODE_PATTERN)
    private String code;

    @NotBlank
    @Size(max = OrgUnit.NAME_MAX)
    private String nameZh;

    @NotBlank
    @Size(max = OrgUnit.NAME_MAX)
    private String nameEn;

    private long version;

    static UnitForm of(OrgUnit unit) {
        UnitForm form = new UnitForm();
        form.code = unit.getCode();
        form.nameZh = unit.getNameZh();
        form.nameEn = unit.getNameEn();
        form.version = unit.getVersion();
        return form;
    }

    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getNameZh() { return nameZh; }
    public void setNameZh(String nameZh) { this.nameZh = nameZh; }
    public String getNameEn() { return nameEn; }
    public void setNameEn(String nameEn) { this.nameEn = nameEn; }
    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
}

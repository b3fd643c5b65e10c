package cn.gongzhuling.academy.certification.control;

import java.time.LocalDate;
import java.util.List;

/** What a printed certificate says, in both languages; the PDF prints nothing else. */
public record CertificatePrint(String serialNo, String nameZh, String nameEn, String courseZh, String courseEn,
                               List<String> skillsZh, List<String> skillsEn, LocalDate issuedOn,
                               LocalDate expiresOn, String issuerZh, String issuerEn, String verifyUrl,
                               String previousSerial) {
}

package cn.gongzhuling.academy.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SpreadsheetCellsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "=1+1|'=1+1", "+86 138|'+86 138", "-3|'-3", "@cmd|'@cmd", "张三|张三", "a=b|a=b", "\"\"|\"\""})
    void formulaStartsGetAnApostrophe(String in, String out) {
        assertEquals(out, SpreadsheetCells.safe(in));
    }
}

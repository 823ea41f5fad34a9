// The content-stream tokenizer the structure tagger reads pages with: every operator found
// where it is, with its numeric operands, and nothing inside a string, array, dictionary,
// comment or inline image taken for an operator (a misread would tag the wrong text).

#include "pdf/ContentTokens.h"

#include <QTest>

#include <string>
#include <vector>

using namespace smout::pdf;

class TstPdfContentTokens : public QObject {
    Q_OBJECT

    struct Seen {
        std::vector<std::string> operators;
        std::vector<std::string> operands; // the text of every operand
        std::vector<double> numbers;
    };

    static Seen read(std::string_view stream)
    {
        Seen seen;
        readContentTokens(stream, [&](const ContentToken &t) {
            const std::string text(stream.substr(t.offset, t.length));
            if (t.kind == ContentToken::Operator) {
                QCOMPARE(std::string(t.text), text);
                seen.operators.push_back(text);
            } else {
                seen.operands.push_back(text);
                if (t.kind == ContentToken::Number)
                    seen.numbers.push_back(t.number);
            }
        });
        return seen;
    }

private Q_SLOTS:
    void operatorsAndNumbers()
    {
        const Seen s = read("q 1 0 0 -1 0 792 cm\nBT /F7 9.5 Tf 89.53125 -81.984375 Td <0001> Tj ET Q");
        QCOMPARE(s.operators, (std::vector<std::string>{"q", "cm", "BT", "Tf", "Td", "Tj", "ET", "Q"}));
        QCOMPARE(s.numbers, (std::vector<double>{1, 0, 0, -1, 0, 792, 9.5, 89.53125, -81.984375}));
        QCOMPARE(s.operands, (std::vector<std::string>{"1", "0", "0", "-1", "0", "792", "/F7", "9.5", "89.53125", "-81.984375", "<0001>"}));
    }

    void signedAndBareNumbers()
    {
        const Seen s = read("+3 -.5 4. .25 m");
        QCOMPARE(s.numbers, (std::vector<double>{3, -0.5, 4, 0.25}));
        QCOMPARE(s.operators, std::vector<std::string>{"m"});
    }

    void stringsHideOperators()
    {
        const Seen s = read("BT (a (nested) ET \\) Tj) Tj [(x) -250 (y ET)] TJ ET");
        QCOMPARE(s.operators, (std::vector<std::string>{"BT", "Tj", "TJ", "ET"}));
        QCOMPARE(s.operands, (std::vector<std::string>{"(a (nested) ET \\) Tj)", "[(x) -250 (y ET)]"}));
        QVERIFY(s.numbers.empty()); // the number inside the array is part of the array
    }

    void dictionariesAndComments()
    {
        const Seen s = read("/Span <</ActualText (Q q) /MCID 3>> BDC % a comment with ET and Q\nEMC");
        QCOMPARE(s.operators, (std::vector<std::string>{"BDC", "EMC"}));
        QCOMPARE(s.operands, (std::vector<std::string>{"/Span", "<</ActualText (Q q) /MCID 3>>"}));
    }

    void inlineImageDataIsOneOperand()
    {
        const Seen s = read("BI /W 2 /H 1 /BPC 8 /CS /G ID \x01Q ET\x02 EI Q");
        QCOMPARE(s.operators, (std::vector<std::string>{"BI", "ID", "EI", "Q"}));
        QCOMPARE(s.operands.back(), std::string("\x01Q ET\x02"));
    }

    void unterminatedStringEndsAtTheStream()
    {
        const std::string_view stream = "BT (abc\\";
        size_t end = 0;
        readContentTokens(stream, [&](const ContentToken &t) { end = std::max(end, t.offset + t.length); });
        QCOMPARE(end, stream.size());
    }

    void deepNestingIsOneOperand()
    {
        const std::string nested = std::string(100000, '[') + std::string(100000, ']') + " TJ";
        const Seen s = read(nested);
        QCOMPARE(s.operators, std::vector<std::string>{"TJ"});
        QCOMPARE(s.operands.size(), size_t(1));
    }

    void keywordsAreNotOperators()
    {
        const Seen s = read("true false null 1 gs");
        QCOMPARE(s.operators, std::vector<std::string>{"gs"});
        QCOMPARE(s.operands.size(), size_t(4));
    }
};

QTEST_MAIN(TstPdfContentTokens)
#include "tst_pdf_content_tokens.moc"

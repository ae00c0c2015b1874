// The email-chips field of Invite Users: every separator of
// the seed, pasted mail-client and spreadsheet lists, valid/invalid/flagged
// chips and what they tell assistive technology, duplicates, editing and
// removal by keyboard and mouse.

#include <EmailChip.h>
#include <EmailChipsEdit.h>

#include <QAccessible>
#include <QApplication>
#include <QClipboard>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>
#include <QVBoxLayout>

namespace {

// A window holding the field and a second widget to move the focus to.
struct Window
{
    QDialog dialog;
    EmailChipsEdit *edit = nullptr;
    QLineEdit *entry = nullptr;
    QPushButton *other = nullptr;

    Window()
    {
        auto *layout = new QVBoxLayout(&dialog);
        edit = new EmailChipsEdit;
        other = new QPushButton(QStringLiteral("Next"));
        other->setObjectName(QStringLiteral("nextButton"));
        layout->addWidget(edit);
        layout->addWidget(other);
        entry = edit->lineEdit();
        dialog.resize(520, 240);
        dialog.show();
        QApplication::setActiveWindow(&dialog);
    }

    QList<EmailChip *> chips() const
    {
        QList<EmailChip *> shown;
        const auto all = edit->findChildren<EmailChip *>();
        for (EmailChip *chip : all) {
            if (chip->isVisible())
                shown.append(chip);
        }
        // In the order of the layout: top to bottom, then along the row.
        std::sort(shown.begin(), shown.end(), [](const EmailChip *a, const EmailChip *b) {
            return a->y() != b->y() ? a->y() < b->y() : a->x() < b->x();
        });
        return shown;
    }

    QStringList inputs() const
    {
        QStringList result;
        for (const EmailCheck &check : edit->entries())
            result.append(check.input);
        return result;
    }

    void type(const QString &text)
    {
        entry->setFocus();
        QTest::keyClicks(entry, text);
    }
};

void pasteText(QLineEdit *entry, const QString &text)
{
    auto *mime = new QMimeData;
    mime->setText(text);
    QApplication::clipboard()->setMimeData(mime);
    entry->setFocus();
    QTest::keySequence(entry, QKeySequence::Paste);
}

const QString Jane = QStringLiteral("jane@example.com");
const QString Bob = QStringLiteral("bob@example.org");

} // namespace

class TestEmailChipsEdit : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void emptyFieldIsNamedAndHinted();
    void separatorKeysCommit_data();
    void separatorKeysCommit();
    void focusOutCommits();
    void tabInEmptyEntryMovesFocus();
    void enterInEmptyEntryReachesTheDialog();
    void displayNameTypedByHand();
    void pastedOutlookListGivesTwoChips();
    void pastedSpreadsheetColumn();
    void pasteThroughTheContextMenuPath();
    void longPastedListIsComplete();
    void invalidChipSaysWhy();
    void pieceHidingASubstitutionIsOneInvalidChip_data();
    void pieceHidingASubstitutionIsOneInvalidChip();
    void nestedCommentLeavesNoStrayChip();
    void duplicatesMerge();
    void editByKeyboard();
    void editByDoubleClickAndEscape();
    void removeByButton();
    void removeByBackspace();
    void removeByDelete();
    void arrowsMoveBetweenChipsAndEntry();
    void arrowsFollowRightToLeft();
    void notesFlagChips();
    void addressesLeaveInvalidOut();
    void setAddressesAndClear();
    void everyChipAndButtonIsNamed();
    void screenReadersSeeAListOfAddresses();
};

void TestEmailChipsEdit::init()
{
    QApplication::clipboard()->clear();
}

void TestEmailChipsEdit::emptyFieldIsNamedAndHinted()
{
    Window w;
    QCOMPARE(w.edit->accessibleName(), QStringLiteral("Email addresses"));
    QCOMPARE(w.entry->accessibleName(), QStringLiteral("Email addresses"));
    QCOMPARE(w.entry->placeholderText(), QStringLiteral("Type or paste email addresses…"));
    QCOMPARE(w.edit->validCount(), 0);
    QVERIFY(w.edit->addresses().isEmpty());
}

void TestEmailChipsEdit::separatorKeysCommit_data()
{
    QTest::addColumn<int>("key");
    QTest::addColumn<QString>("text");
    QTest::newRow("comma") << int(Qt::Key_Comma) << QStringLiteral(",");
    QTest::newRow("semicolon") << int(Qt::Key_Semicolon) << QStringLiteral(";");
    QTest::newRow("space") << int(Qt::Key_Space) << QStringLiteral(" ");
    QTest::newRow("tab") << int(Qt::Key_Tab) << QString();
    QTest::newRow("enter") << int(Qt::Key_Enter) << QString();
    QTest::newRow("return") << int(Qt::Key_Return) << QString();
    QTest::newRow("alt") << int(Qt::Key_Alt) << QString();
}

void TestEmailChipsEdit::separatorKeysCommit()
{
    QFETCH(int, key);
    QFETCH(QString, text);
    Window w;
    QVERIFY(QTest::qWaitForWindowActive(&w.dialog));
    QSignalSpy changed(w.edit, &EmailChipsEdit::entriesChanged);
    w.type(Jane);
    QTest::sendKeyEvent(QTest::Press, w.entry, Qt::Key(key), text, Qt::NoModifier);
    QTest::sendKeyEvent(QTest::Release, w.entry, Qt::Key(key), text, Qt::NoModifier);
    QCOMPARE(w.edit->addresses(), QStringList{Jane});
    QCOMPARE(w.chips().size(), 1);
    QCOMPARE(w.entry->text(), QString());
    QCOMPARE(changed.count(), 1);
    // The focus stays in the entry, ready for the next address.
    QVERIFY(w.entry->hasFocus());
    w.type(Bob);
    QTest::sendKeyEvent(QTest::Press, w.entry, Qt::Key(key), text, Qt::NoModifier);
    QCOMPARE(w.edit->addresses(), (QStringList{Jane, Bob}));
}

void TestEmailChipsEdit::focusOutCommits()
{
    Window w;
    QVERIFY(QTest::qWaitForWindowActive(&w.dialog));
    w.type(Jane);
    w.other->setFocus(Qt::MouseFocusReason);
    QCOMPARE(w.edit->addresses(), QStringList{Jane});
    QVERIFY(w.entry->text().isEmpty());
}

void TestEmailChipsEdit::tabInEmptyEntryMovesFocus()
{
    Window w;
    QVERIFY(QTest::qWaitForWindowActive(&w.dialog));
    w.type(Jane);
    QTest::keyClick(w.entry, Qt::Key_Tab);
    QVERIFY(w.entry->hasFocus());
    QTest::keyClick(w.entry, Qt::Key_Tab);
    QTRY_VERIFY(w.other->hasFocus());
    QCOMPARE(w.edit->addresses(), QStringList{Jane});
}

void TestEmailChipsEdit::enterInEmptyEntryReachesTheDialog()
{
    Window w;
    QVERIFY(QTest::qWaitForWindowActive(&w.dialog));
    w.other->setDefault(true);
    QSignalSpy clicked(w.other, &QPushButton::clicked);
    w.type(Jane);
    QTest::keyClick(w.entry, Qt::Key_Return);
    QCOMPARE(clicked.count(), 0); // the first Return only made a chip
    QTest::keyClick(w.entry, Qt::Key_Return);
    QCOMPARE(clicked.count(), 1);
}

void TestEmailChipsEdit::displayNameTypedByHand()
{
    Window w;
    QVERIFY(QTest::qWaitForWindowActive(&w.dialog));
    w.type(QStringLiteral("\"Doe, Jane\" <jane@example.com>"));
    QCOMPARE(w.chips().size(), 0);
    QTest::keyClick(w.entry, Qt::Key_Return);
    QCOMPARE(w.edit->addresses(), QStringList{Jane});
}

void TestEmailChipsEdit::pastedOutlookListGivesTwoChips()
{
    Window w;
    QVERIFY(QTest::qWaitForWindowActive(&w.dialog));
    QSignalSpy changed(w.edit, &EmailChipsEdit::entriesChanged);
    pasteText(w.entry, QStringLiteral("\"Doe, Jane\" <jane@example.com>; bob@example.org"));
    QCOMPARE(w.chips().size(), 2);
    QCOMPARE(w.edit->addresses(), (QStringList{Jane, Bob}));
    QCOMPARE(w.edit->invalidCount(), 0);
    QVERIFY(w.entry->text().isEmpty());
    QCOMPARE(changed.count(), 1);
}

void TestEmailChipsEdit::pastedSpreadsheetColumn()
{
    Window w;
    QVERIFY(QTest::qWaitForWindowActive(&w.dialog));
    // A column copied from a spreadsheet: one cell per line, CR LF between.
    pasteText(w.entry, QStringLiteral("ann@example.com\r\nbo@example.org\r\ncy@example.net\r\n"));
    QCOMPARE(w.edit->addresses(),
             (QStringList{QStringLiteral("ann@example.com"), QStringLiteral("bo@example.org"),
                          QStringLiteral("cy@example.net")}));
    QCOMPARE(w.edit->invalidCount(), 0);
}

void TestEmailChipsEdit::pasteThroughTheContextMenuPath()
{
    // The context menu's Paste and a middle click insert the text directly.
    Window w;
    QVERIFY(QTest::qWaitForWindowActive(&w.dialog));
    w.type(QStringLiteral("x"));
    w.entry->clear();
    QApplication::clipboard()->setText(QStringLiteral("ann@example.com\tbo@example.org"));
    w.entry->paste();
    QCOMPARE(w.edit->addresses(),
             (QStringList{QStringLiteral("ann@example.com"), QStringLiteral("bo@example.org")}));
    QApplication::clipboard()->setText(QStringLiteral("cy@example.net\ndi@example.net"));
    w.entry->paste();
    QCOMPARE(w.chips().size(), 4);
    QCOMPARE(w.edit->invalidCount(), 0);
    // A single address without separators stays typed, to be finished.
    QApplication::clipboard()->setText(QStringLiteral("cy@example"));
    w.entry->paste();
    QCOMPARE(w.entry->text(), QStringLiteral("cy@example"));
    QCOMPARE(w.chips().size(), 4);
}

void TestEmailChipsEdit::longPastedListIsComplete()
{
    // Longer than a QLineEdit holds (32767 characters): nothing is cut.
    Window w;
    QVERIFY(QTest::qWaitForWindowActive(&w.dialog));
    QString list;
    const int count = 2000;
    for (int i = 0; i < count; ++i)
        list += QStringLiteral("\"Person %1\" <person.number%1@example.com>;\r\n").arg(i);
    QVERIFY(list.size() > 32767);
    pasteText(w.entry, list);
    QCOMPARE(w.edit->validCount(), count);
    QCOMPARE(w.edit->addresses().constLast(), QStringLiteral("person.number1999@example.com"));
}

void TestEmailChipsEdit::invalidChipSaysWhy()
{
    Window w;
    QVERIFY(QTest::qWaitForWindowActive(&w.dialog));
    w.type(QStringLiteral("jane@example"));
    QTest::keyClick(w.entry, Qt::Key_Return);
    const QList<EmailChip *> chips = w.chips();
    QCOMPARE(chips.size(), 1);
    EmailChip *chip = chips.first();
    const QString reason = EmailAddress::check(u"jane@example").error;
    QVERIFY(!reason.isEmpty());
    QCOMPARE(chip->state(), EmailChip::State::Invalid);
    QVERIFY(chip->toolTip().contains(reason));
    QCOMPARE(chip->accessibleDescription(), reason);
    QCOMPARE(chip->accessibleName(), QStringLiteral("jane@example, invalid: ") + reason);
    QCOMPARE(w.edit->invalidCount(), 1);
    QCOMPARE(w.edit->validCount(), 0);
    QCOMPARE(w.edit->entries().size(), 1);
    QCOMPARE(w.edit->entries().first().error, reason);
}

void TestEmailChipsEdit::pieceHidingASubstitutionIsOneInvalidChip_data()
{
    QTest::addColumn<QString>("piece");
    QTest::newRow("address glued before an angle-addr")
        << QStringLiteral("carol@example.org]<dave@example.com>");
    QTest::newRow("address inside a display name")
        << QStringLiteral("John x@evil.example Doe <jdoe@example.com>");
    QTest::newRow("text glued after an angle-addr")
        << QStringLiteral("<carol@example.org>dave@example.com");
}

void TestEmailChipsEdit::pieceHidingASubstitutionIsOneInvalidChip()
{
    // Pasted beside a valid address: the malformed piece is one chip showing
    // all of it, marked invalid with the reason, and no address of it is sent.
    QFETCH(QString, piece);
    Window w;
    QVERIFY(QTest::qWaitForWindowActive(&w.dialog));
    pasteText(w.entry, piece + QStringLiteral(", bob@example.org"));
    QCOMPARE(w.inputs(), (QStringList{piece, Bob}));
    const QList<EmailChip *> chips = w.chips();
    QCOMPARE(chips.size(), 2);
    EmailChip *chip = chips.first();
    QCOMPARE(chip->state(), EmailChip::State::Invalid);
    const QString reason = w.edit->entries().first().error;
    QVERIFY(!reason.isEmpty());
    QVERIFY(chip->toolTip().contains(reason));
    QCOMPARE(chip->accessibleDescription(), reason);
    QCOMPARE(w.edit->addresses(), QStringList{Bob});
    QCOMPARE(w.edit->invalidCount(), 1);

    // Editing it gives the whole piece back to correct.
    chip->setFocus();
    QTest::keyClick(chip, Qt::Key_F2);
    QCOMPARE(w.entry->text(), piece);
}

void TestEmailChipsEdit::nestedCommentLeavesNoStrayChip()
{
    Window w;
    QVERIFY(QTest::qWaitForWindowActive(&w.dialog));
    pasteText(w.entry,
              QStringLiteral("jane@example.com (Jane (Debian)); Group 2: bob@example.org;"));
    QCOMPARE(w.inputs(), (QStringList{Jane, Bob}));
    QCOMPARE(w.edit->invalidCount(), 0);
}

void TestEmailChipsEdit::duplicatesMerge()
{
    Window w;
    QVERIFY(QTest::qWaitForWindowActive(&w.dialog));
    auto *notice = w.edit->findChild<QLabel *>(QStringLiteral("emailNoticeLabel"));
    QVERIFY(notice);
    QVERIFY(notice->isHidden());
    w.type(QStringLiteral("Jane@Example.com"));
    QTest::keyClick(w.entry, Qt::Key_Comma);
    QSignalSpy changed(w.edit, &EmailChipsEdit::entriesChanged);
    w.type(Jane);
    QTest::keyClick(w.entry, Qt::Key_Comma);
    QCOMPARE(w.chips().size(), 1);
    QCOMPARE(w.inputs(), QStringList{QStringLiteral("Jane@Example.com")}); // first spelling
    QCOMPARE(changed.count(), 0);
    QVERIFY(notice->isVisible());
    QVERIFY(notice->text().contains(QStringLiteral("already in the list")));

    // Within one paste too, and against the chips already there.
    pasteText(w.entry, QStringLiteral("JANE@example.com, bob@example.org, Bob@Example.org"));
    QCOMPARE(w.edit->addresses(), (QStringList{QStringLiteral("Jane@Example.com"), Bob}));
    QCOMPARE(notice->text(),
             QStringLiteral("2 addresses were already in the list; each is kept once."));
}

void TestEmailChipsEdit::editByKeyboard()
{
    Window w;
    QVERIFY(QTest::qWaitForWindowActive(&w.dialog));
    pasteText(w.entry, QStringLiteral("ann@example.com, bob@exmaple, cy@example.net"));
    QCOMPARE(w.edit->invalidCount(), 1);
    // Left twice from the empty entry: the last chip, then the middle one.
    QTest::keyClick(w.entry, Qt::Key_Left);
    EmailChip *focused = qobject_cast<EmailChip *>(QApplication::focusWidget());
    QVERIFY(focused);
    QTest::keyClick(focused, Qt::Key_Left);
    focused = qobject_cast<EmailChip *>(QApplication::focusWidget());
    QVERIFY(focused);
    QCOMPARE(focused->check().input, QStringLiteral("bob@exmaple"));

    QSignalSpy changed(w.edit, &EmailChipsEdit::entriesChanged);
    QTest::keyClick(focused, Qt::Key_F2);
    QVERIFY(w.entry->hasFocus());
    QCOMPARE(w.entry->text(), QStringLiteral("bob@exmaple"));
    QCOMPARE(w.chips().size(), 2);
    QTest::keyClick(w.entry, Qt::Key_Backspace);
    QTest::keyClicks(w.entry, QStringLiteral("e.org"));
    QTest::keyClick(w.entry, Qt::Key_Return);
    // Back in its place, now valid.
    QCOMPARE(w.edit->addresses(),
             (QStringList{QStringLiteral("ann@example.com"), QStringLiteral("bob@exmaple.org"),
                          QStringLiteral("cy@example.net")}));
    QCOMPARE(w.edit->invalidCount(), 0);
    QCOMPARE(changed.count(), 2); // out for editing, back in

    // Enter on a focused chip edits it too.
    QTest::keyClick(w.entry, Qt::Key_Left);
    focused = qobject_cast<EmailChip *>(QApplication::focusWidget());
    QVERIFY(focused);
    QTest::keyClick(focused, Qt::Key_Return);
    QCOMPARE(w.entry->text(), QStringLiteral("cy@example.net"));
}

void TestEmailChipsEdit::editByDoubleClickAndEscape()
{
    Window w;
    QVERIFY(QTest::qWaitForWindowActive(&w.dialog));
    w.edit->setAddresses({Jane, Bob});
    QTRY_COMPARE(w.chips().size(), 2);
    QTest::mouseDClick(w.chips().first(), Qt::LeftButton);
    QCOMPARE(w.entry->text(), Jane);
    QCOMPARE(w.edit->addresses(), QStringList{Bob});
    QTest::keyClicks(w.entry, QStringLiteral("xyz"));
    QTest::keyClick(w.entry, Qt::Key_Escape);
    QCOMPARE(w.edit->addresses(), (QStringList{Jane, Bob})); // unchanged, in place
    QVERIFY(w.entry->text().isEmpty());
    QVERIFY(w.dialog.isVisible()); // Escape did not close the dialog
}

void TestEmailChipsEdit::removeByButton()
{
    Window w;
    QVERIFY(QTest::qWaitForWindowActive(&w.dialog));
    w.edit->setAddresses({Jane, Bob});
    QSignalSpy changed(w.edit, &EmailChipsEdit::entriesChanged);
    QToolButton *remove = nullptr;
    const auto buttons = w.edit->findChildren<QToolButton *>();
    for (QToolButton *button : buttons) {
        if (button->accessibleName() == QStringLiteral("Remove jane@example.com"))
            remove = button;
    }
    QVERIFY(remove);
    QVERIFY(remove->isVisible());
    QTest::mouseClick(remove, Qt::LeftButton);
    QCOMPARE(w.edit->addresses(), QStringList{Bob});
    QCOMPARE(changed.count(), 1);
    QTRY_COMPARE(w.chips().size(), 1);
}

void TestEmailChipsEdit::removeByBackspace()
{
    Window w;
    QVERIFY(QTest::qWaitForWindowActive(&w.dialog));
    w.edit->setAddresses({Jane, Bob});
    w.entry->setFocus();
    // The first Backspace selects the last chip; the second removes it.
    QTest::keyClick(w.entry, Qt::Key_Backspace);
    QCOMPARE(w.edit->addresses(), (QStringList{Jane, Bob}));
    auto *focused = qobject_cast<EmailChip *>(QApplication::focusWidget());
    QVERIFY(focused);
    QCOMPARE(focused->check().input, Bob);
    QTest::keyClick(focused, Qt::Key_Backspace);
    QCOMPARE(w.edit->addresses(), QStringList{Jane});
    // The focus went to the chip before, so that Backspace goes on removing.
    focused = qobject_cast<EmailChip *>(QApplication::focusWidget());
    QVERIFY(focused);
    QCOMPARE(focused->check().input, Jane);
    QTest::keyClick(focused, Qt::Key_Backspace);
    QVERIFY(w.edit->entries().isEmpty());
    QVERIFY(w.entry->hasFocus());
}

void TestEmailChipsEdit::removeByDelete()
{
    Window w;
    QVERIFY(QTest::qWaitForWindowActive(&w.dialog));
    w.edit->setAddresses({Jane, Bob, QStringLiteral("cy@example.net")});
    w.entry->setFocus();
    QTest::keyClick(w.entry, Qt::Key_Home); // Home in the entry moves the cursor only
    QTest::keyClick(w.entry, Qt::Key_Left);
    auto *focused = qobject_cast<EmailChip *>(QApplication::focusWidget());
    QVERIFY(focused);
    QTest::keyClick(focused, Qt::Key_Home);
    focused = qobject_cast<EmailChip *>(QApplication::focusWidget());
    QVERIFY(focused);
    QCOMPARE(focused->check().input, Jane);
    QTest::keyClick(focused, Qt::Key_Delete);
    QCOMPARE(w.edit->addresses(), (QStringList{Bob, QStringLiteral("cy@example.net")}));
    // The focus went to the next chip.
    focused = qobject_cast<EmailChip *>(QApplication::focusWidget());
    QVERIFY(focused);
    QCOMPARE(focused->check().input, Bob);
}

void TestEmailChipsEdit::arrowsMoveBetweenChipsAndEntry()
{
    Window w;
    QVERIFY(QTest::qWaitForWindowActive(&w.dialog));
    w.edit->setAddresses({Jane, Bob});
    w.entry->setFocus();
    QTest::keyClick(w.entry, Qt::Key_Left);
    auto *focused = qobject_cast<EmailChip *>(QApplication::focusWidget());
    QVERIFY(focused);
    QCOMPARE(focused->check().input, Bob);
    QTest::keyClick(focused, Qt::Key_Left);
    focused = qobject_cast<EmailChip *>(QApplication::focusWidget());
    QCOMPARE(focused->check().input, Jane);
    QTest::keyClick(focused, Qt::Key_Left); // stays on the first
    QCOMPARE(qobject_cast<EmailChip *>(QApplication::focusWidget()), focused);
    QTest::keyClick(focused, Qt::Key_Right);
    focused = qobject_cast<EmailChip *>(QApplication::focusWidget());
    QCOMPARE(focused->check().input, Bob);
    QTest::keyClick(focused, Qt::Key_Right);
    QVERIFY(w.entry->hasFocus());
    // Typing on a chip types into the entry.
    QTest::keyClick(w.entry, Qt::Key_Left);
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("cy"));
    QVERIFY(w.entry->hasFocus());
    QCOMPARE(w.entry->text(), QStringLiteral("cy"));
}

void TestEmailChipsEdit::arrowsFollowRightToLeft()
{
    // Under a right-to-left layout the chips run leftwards: Right goes to them.
    Window w;
    w.dialog.setLayoutDirection(Qt::RightToLeft);
    QVERIFY(QTest::qWaitForWindowActive(&w.dialog));
    w.edit->setAddresses({Jane, Bob});
    w.entry->setFocus();
    QTest::keyClick(w.entry, Qt::Key_Left);
    QVERIFY(w.entry->hasFocus());
    QTest::keyClick(w.entry, Qt::Key_Right);
    auto *focused = qobject_cast<EmailChip *>(QApplication::focusWidget());
    QVERIFY(focused);
    QCOMPARE(focused->check().input, Bob);
    QTest::keyClick(focused, Qt::Key_Right);
    focused = qobject_cast<EmailChip *>(QApplication::focusWidget());
    QVERIFY(focused);
    QCOMPARE(focused->check().input, Jane);
    QTest::keyClick(focused, Qt::Key_Left);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Left);
    QVERIFY(w.entry->hasFocus());
    // The first chip sits right of the second.
    EmailChip *first = nullptr;
    EmailChip *second = nullptr;
    const auto all = w.edit->findChildren<EmailChip *>();
    for (EmailChip *chip : all) {
        if (chip->check().input == Jane)
            first = chip;
        else if (chip->check().input == Bob)
            second = chip;
    }
    QVERIFY(first && second);
    QTRY_VERIFY(first->x() > second->x());
}

void TestEmailChipsEdit::notesFlagChips()
{
    Window w;
    QVERIFY(QTest::qWaitForWindowActive(&w.dialog));
    w.edit->setAddresses({QStringLiteral("Jane@Example.com"), Bob, QStringLiteral("bad@")});
    QSignalSpy changed(w.edit, &EmailChipsEdit::entriesChanged);
    const QString member = QStringLiteral("already a member");
    const QString invited = QStringLiteral("already invited — resend?");
    w.edit->setAddressNotes({{EmailAddress::duplicateKey(Jane), member},
                             {EmailAddress::duplicateKey(u"cy@example.net"), invited}});
    QCOMPARE(changed.count(), 0);
    const QList<EmailChip *> chips = w.chips();
    QCOMPARE(chips.size(), 3);
    QCOMPARE(chips.at(0)->state(), EmailChip::State::Flagged);
    QCOMPARE(chips.at(0)->accessibleName(), QStringLiteral("Jane@Example.com, ") + member);
    QCOMPARE(chips.at(0)->accessibleDescription(), member);
    QVERIFY(chips.at(0)->toolTip().contains(member));
    QCOMPARE(chips.at(1)->state(), EmailChip::State::Valid);
    QCOMPARE(chips.at(2)->state(), EmailChip::State::Invalid);
    QCOMPARE(w.edit->flaggedCount(), 1);
    // Flagged addresses are still valid: the dialog decides what to send.
    QCOMPARE(w.edit->validCount(), 2);

    // A chip added later gets its note.
    w.type(QStringLiteral("cy@example.net"));
    QTest::keyClick(w.entry, Qt::Key_Return);
    QCOMPARE(w.chips().last()->state(), EmailChip::State::Flagged);
    QCOMPARE(w.chips().last()->accessibleDescription(), invited);

    w.edit->setAddressNotes({});
    QCOMPARE(w.edit->flaggedCount(), 0);
    QCOMPARE(w.chips().first()->accessibleName(), QStringLiteral("Jane@Example.com, valid"));
}

void TestEmailChipsEdit::addressesLeaveInvalidOut()
{
    Window w;
    QVERIFY(QTest::qWaitForWindowActive(&w.dialog));
    pasteText(w.entry, QStringLiteral("ann@example.com not-an-address user@bücher.example "
                                      "\"quoted name\"@example.com"));
    QCOMPARE(w.edit->entries().size(), 4);
    QCOMPARE(w.edit->addresses(), (QStringList{QStringLiteral("ann@example.com"),
                                               QStringLiteral("user@xn--bcher-kva.example")}));
    QCOMPARE(w.edit->validCount(), 2);
    QCOMPARE(w.edit->invalidCount(), 2);
}

void TestEmailChipsEdit::setAddressesAndClear()
{
    Window w;
    QSignalSpy changed(w.edit, &EmailChipsEdit::entriesChanged);
    w.edit->setAddresses({Jane, QStringLiteral(" "), QStringLiteral("JANE@example.com"), Bob});
    QCOMPARE(w.edit->addresses(), (QStringList{Jane, Bob}));
    QCOMPARE(changed.count(), 1);
    w.edit->setAddresses({Bob});
    QCOMPARE(w.edit->addresses(), QStringList{Bob});
    QCOMPARE(changed.count(), 2);
    w.entry->setText(QStringLiteral("half typed"));
    w.edit->clear();
    QVERIFY(w.edit->entries().isEmpty());
    QVERIFY(w.entry->text().isEmpty());
    QCOMPARE(changed.count(), 3);
    QTRY_COMPARE(w.chips().size(), 0);
}

void TestEmailChipsEdit::everyChipAndButtonIsNamed()
{
    Window w;
    w.edit->setAddresses({Jane, QStringLiteral("broken@@example.com")});
    w.edit->setAddressNotes(
        {{EmailAddress::duplicateKey(Jane), QStringLiteral("already a member")}});
    const QList<EmailChip *> chips = w.chips();
    QCOMPARE(chips.size(), 2);
    for (EmailChip *chip : chips) {
        QVERIFY(chip->accessibleName().startsWith(chip->check().input + QStringLiteral(", ")));
        QVERIFY(!chip->accessibleDescription().isEmpty());
        QVERIFY(!chip->toolTip().isEmpty());
    }
    const auto buttons = w.edit->findChildren<QToolButton *>();
    QCOMPARE(buttons.size(), 2);
    for (const QToolButton *button : buttons) {
        const QString name = button->accessibleName();
        QVERIFY2(name == QStringLiteral("Remove jane@example.com") ||
                     name == QStringLiteral("Remove broken@@example.com"),
                 qPrintable(name));
    }
}

void TestEmailChipsEdit::screenReadersSeeAListOfAddresses()
{
    Window w;
    w.edit->setAddresses({Jane, QStringLiteral("bad@")});
    const QList<EmailChip *> chips = w.chips();
    QCOMPARE(chips.size(), 2);
    QAccessibleInterface *item = QAccessible::queryAccessibleInterface(chips.at(1));
    QVERIFY(item);
    QCOMPARE(item->role(), QAccessible::ListItem);
    QVERIFY(item->text(QAccessible::Name).startsWith(QStringLiteral("bad@, invalid: ")));
    QCOMPARE(item->text(QAccessible::Description), chips.at(1)->check().error);
    QAccessibleInterface *list = item->parent();
    QVERIFY(list);
    QCOMPARE(list->role(), QAccessible::List);
    QCOMPARE(QAccessible::queryAccessibleInterface(w.edit)->text(QAccessible::Name),
             QStringLiteral("Email addresses"));
}

QTEST_MAIN(TestEmailChipsEdit)
#include "TestEmailChipsEdit.moc"

#include "UserListTab.h"

#include "CheckBoxHeaderView.h"
#include "MessageBox.h"
#include "NamedComboBoxAccessible.h"
#include "Settings.h"
#include "UserTableView.h"

#include <RecordFilterProxyModel.h>
#include <RecordTableModel.h>

#include <QComboBox>
#include <QCoreApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSet>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace {

/// The width of an average Latin character, the unit of the widths below
/// (names, addresses and dates are mostly Latin). Under a Japanese locale the
/// default font is a CJK one, whose averageCharWidth() is that of its
/// ideographs, about twice as wide: the last columns would leave the window.
int latinCharWidth(const QFontMetrics &metrics)
{
    const int latin =
        metrics.horizontalAdvance(QStringLiteral("abcdefghijklmnopqrstuvwxyz")) / 26 + 1;
    const int average = metrics.averageCharWidth();
    return average > latin * 3 / 2 ? latin : average;
}

} // namespace

UserListTab::UserListTab(const ListDescription &description, RecordTableModel *model,
                         QWidget *parent)
    : QWidget(parent), m_description(description), m_model(model)
{
    setObjectName(key() + QStringLiteral("Tab"));
    setAccessibleName(title());

    m_proxy = new RecordFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("searchEdit"));
    m_search->setPlaceholderText(tr("Search…"));
    m_search->setAccessibleName(tr("Search…"));
    m_search->setAccessibleDescription(text(m_description.searchHelp));
    m_search->setClearButtonEnabled(true);
    // The clear button is a tool button Qt creates inside the field; name it
    // for screen readers.
    for (QToolButton *clear : m_search->findChildren<QToolButton *>())
        clear->setAccessibleName(tr("Clear search"));
    m_search->setMinimumWidth(latinCharWidth(fontMetrics()) * 30);
    m_search->setMaximumWidth(latinCharWidth(fontMetrics()) * 60);

    auto *top = new QHBoxLayout;
    top->addWidget(m_search, 1);
    top->addStretch();
    NamedComboBoxAccessible::install();
    for (const ListDescription::Filter &filter : m_description.filters)
        m_filters << addFilter(filter, top);

    m_table = new UserTableView(this);
    m_table->setObjectName(QStringLiteral("userTable"));
    m_table->setAccessibleName(title());
    m_table->setModel(m_proxy);
    m_table->setCopyColumns(m_description.nameColumn, m_description.emailColumn);

    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(QStringLiteral("countLabel"));
    m_countLabel->setAccessibleName(tr("Rows shown"));

    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_countLabel, 1);
    for (const ListDescription::Action &action : m_description.actions) {
        const QString label = text(action.label);
        auto *button = new QPushButton(label, this);
        button->setObjectName(QLatin1String(action.objectName));
        button->setAccessibleName(label);
        button->setEnabled(false);
        connect(button, &QPushButton::clicked, this, [this, action] { trigger(action); });
        m_buttons.append({action, button});
        bottom->addWidget(button);
    }

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    layout->addLayout(bottom);

    // search → filters → table (its header first, for the header box) → buttons
    QWidget *previous = m_search;
    for (QComboBox *filter : std::as_const(m_filters)) {
        setTabOrder(previous, filter);
        previous = filter;
    }
    setTabOrder(previous, m_table);
    previous = m_table;
    for (const ActionButton &entry : std::as_const(m_buttons)) {
        setTabOrder(previous, entry.button);
        previous = entry.button;
    }

    // A setter that changes the rows makes the proxy emit checkedCountsChanged;
    // one that does not ("Jose" after "jose") still changes the empty message.
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &search) {
        if (!m_proxy->setSearchText(search))
            updateShownState();
    });
    connect(m_proxy, &RecordFilterProxyModel::checkedCountsChanged, this,
            &UserListTab::updateShownState);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &UserListTab::updateShownState);
    // The buttons count checked records, hidden ones included: only checks,
    // loads, the actor and the offline state change them, never the search.
    connect(m_model, &RecordTableModel::checksChanged, this, &UserListTab::updateButtons);
    connect(m_table->checkBoxHeader(), &CheckBoxHeaderView::toggled, this,
            [this](Qt::CheckState wanted) { m_proxy->setShownChecked(wanted == Qt::Checked); });
    connect(m_table, &UserTableView::checkAllShownRequested, this,
            [this] { m_proxy->setShownChecked(true); });

    // Relative times ("5 minutes ago") age while the window stays open.
    auto *clock = new QTimer(this);
    clock->setInterval(60 * 1000);
    connect(clock, &QTimer::timeout, m_model, &RecordTableModel::refreshTimes);
    clock->start();

    applyDefaultLayout();
    updateShownState();
    updateButtons();
}

UserListTab::~UserListTab() = default;

QString UserListTab::text(const char *source, int n) const
{
    return QCoreApplication::translate("UserListTab", source, nullptr, n);
}

QString UserListTab::key() const
{
    return QLatin1String(m_description.key);
}

QString UserListTab::title() const
{
    return text(m_description.title);
}

QComboBox *UserListTab::addFilter(const ListDescription::Filter &filter, QLayout *layout)
{
    auto *combo = new QComboBox(this);
    combo->setObjectName(QLatin1String(filter.objectName));
    combo->setProperty("accessibleNameIsName", true);
    combo->setAccessibleName(text(filter.accessibleName));
    auto *label = new QLabel(text(filter.label), this);
    label->setBuddy(combo);
    for (const ListDescription::Filter::Choice &choice : filter.choices())
        combo->addItem(choice.text, choice.value);
    combo->setCurrentIndex(combo->findData(filter.allValue));
    combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(combo, &QComboBox::currentIndexChanged, this,
            [this, filter, combo] { applyFilter(filter, combo); });
    layout->addItem(new QSpacerItem(12, 0, QSizePolicy::Fixed, QSizePolicy::Minimum));
    layout->addWidget(label);
    layout->addWidget(combo);
    return combo;
}

void UserListTab::applyFilter(const ListDescription::Filter &filter, QComboBox *combo)
{
    if (!filter.apply(*m_proxy, combo->currentData().toInt()))
        updateShownState();
}

QPushButton *UserListTab::actionButton(Action action) const
{
    for (const ActionButton &entry : m_buttons) {
        if (entry.action.kind == action)
            return entry.button;
    }
    return nullptr;
}

qint64 UserListTab::totalCount() const
{
    return m_model->isLoaded() ? m_model->recordCount() : -1;
}

int UserListTab::shownCount() const
{
    return m_proxy->rowCount();
}

QString UserListTab::selectionSummary() const
{
    const int checked = m_model->checkedCount();
    if (checked == 0)
        return {};
    const int hidden = m_proxy->checkedHiddenCount();
    if (hidden == 0)
        return tr("%1 selected").arg(QLocale().toString(checked));
    return m_search->text().trimmed().isEmpty()
               ? tr("%1 selected, %2 hidden by the filter")
                     .arg(QLocale().toString(checked), QLocale().toString(hidden))
               : tr("%1 selected, %2 hidden by the search")
                     .arg(QLocale().toString(checked), QLocale().toString(hidden));
}

void UserListTab::setActor(const Actor &actor)
{
    m_actor = actor;
    updateButtons();
}

void UserListTab::setOffline(bool offline, const QString &reason)
{
    m_offline = offline;
    m_offlineReason = reason;
    updateButtons();
}

void UserListTab::showNote(const QString &note)
{
    m_countLabel->setText(note);
}

void UserListTab::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void UserListTab::applyDefaultLayout()
{
    QHeaderView *header = m_table->horizontalHeader();
    const int charWidth = latinCharWidth(fontMetrics());
    for (int column = 1; column < m_proxy->columnCount(); ++column) {
        const int chars =
            m_model->headerData(column, Qt::Horizontal, RecordTableModel::WidthInCharsRole).toInt();
        header->resizeSection(column, chars * charWidth + 16);
    }
    // Translated role names can be longer than the English ones the width was
    // chosen for ("Abrechnungsmanager"): the role column fits the longest.
    const int roleColumn = m_description.roleColumn;
    int roleWidth = header->sectionSize(roleColumn);
    for (Role role : Roles::all())
        roleWidth = std::max(roleWidth, fontMetrics().horizontalAdvance(Roles::displayName(role)) +
                                            2 * charWidth + 16);
    header->resizeSection(roleColumn, roleWidth);
    header->setSectionResizeMode(RecordTableModel::CheckColumn, QHeaderView::Fixed);
    header->resizeSection(RecordTableModel::CheckColumn,
                          m_table->checkBoxHeader()->checkBoxSectionWidth());
    header->setSortIndicator(m_description.defaultSortColumn, m_description.defaultSortOrder);
    m_table->setSortingEnabled(true);
}

void UserListTab::restoreState(const Settings &settings)
{
    QHeaderView *header = m_table->horizontalHeader();
    const QByteArray state = settings.headerState(key());
    if (!state.isEmpty() && !header->restoreState(state))
        applyDefaultLayout();
    const SortState sort = settings.sortState(key());
    if (sort.column >= 1 && sort.column < m_proxy->columnCount())
        m_table->sortByColumn(sort.column, sort.order);
    else if (!state.isEmpty())
        m_table->sortByColumn(header->sortIndicatorSection(), header->sortIndicatorOrder());
}

void UserListTab::saveState(Settings &settings) const
{
    const QHeaderView *header = m_table->horizontalHeader();
    settings.setHeaderState(key(), header->saveState());
    SortState sort;
    sort.column = header->sortIndicatorSection();
    sort.order = header->sortIndicatorOrder();
    if (sort.column >= m_proxy->columnCount())
        sort.column = -1;
    settings.setSortState(key(), sort);
}

void UserListTab::trigger(const ListDescription::Action &action)
{
    const QList<qint64> checked = m_model->checkedIds();
    const Availability allowed =
        ActionRules::availability(m_actor, UserAction::of(action.kind), m_model->targets(checked));
    if (allowed.isEmpty())
        return;
    // An action without a dialog listing the records would act on checked
    // rows the search or filter hides, unseen; never silently: ask first.
    if (action.actsAtOnce) {
        const QList<qint64> shownList = m_proxy->checkedShownIds();
        const QSet<qint64> shown(shownList.cbegin(), shownList.cend());
        const auto hidden = std::count_if(allowed.applies.cbegin(), allowed.applies.cend(),
                                          [&shown](qint64 id) { return !shown.contains(id); });
        if (hidden > 0) {
            const QString label = text(action.label);
            const QString question =
                tr("%1 of the %2 checked invitations are hidden by the search or filter.\n"
                   "%3 all %2, the hidden ones included?")
                    .arg(QLocale().toString(qint64(hidden)), QLocale().toString(allowed.count()),
                         label);
            if (MessageBox::question(this, label, question, QMessageBox::Yes | QMessageBox::Cancel,
                                     QMessageBox::Cancel) != QMessageBox::Yes)
                return;
        }
    }
    emit actionRequested(action.kind, checked);
}

void UserListTab::updateShownState()
{
    const int shown = m_proxy->rowCount();
    const bool loaded = m_model->isLoaded();
    const qint64 total = loaded ? m_model->recordCount() : 0;
    const QLocale locale;
    if (!loaded)
        m_countLabel->setText(tr("Loading…"));
    else if (shown == total)
        m_countLabel->setText(total == 1 ? text(m_description.one)
                                         : text(m_description.many, int(total)));
    else
        m_countLabel->setText(
            tr("%1 of %2 shown").arg(locale.toString(shown), locale.toString(total)));

    CheckBoxHeaderView *header = m_table->checkBoxHeader();
    header->setCheckState(m_proxy->shownCheckState());
    header->setCheckBoxEnabled(shown > 0);
    updateEmptyMessage();
    updateButtons();
    emit countsChanged();
}

void UserListTab::updateEmptyMessage()
{
    QString message;
    const QString search = m_search->text().trimmed();
    if (!m_model->isLoaded()) {
        message = tr("Loading…");
    } else if (m_model->recordCount() == 0) {
        message = text(m_description.none);
    } else if (m_proxy->rowCount() == 0) {
        // The first filter that narrows the list names it: "with the role Admin".
        QString filter;
        for (int i = 0; i < m_filters.size() && filter.isEmpty(); ++i) {
            QComboBox *combo = m_filters.at(i);
            if (combo->currentData().toInt() != m_description.filters.at(i).allValue)
                filter = m_description.filterTextInLowerCase ? combo->currentText().toLower()
                                                             : combo->currentText();
        }
        if (!search.isEmpty() && !filter.isEmpty())
            message = text(m_description.noMatchFiltered).arg(filter, search);
        else if (!search.isEmpty())
            message = text(m_description.noMatch).arg(search);
        else
            message = text(m_description.noneFiltered).arg(filter);
    }
    m_table->setEmptyMessage(message);
}

void UserListTab::updateButtons()
{
    const int checked = m_model->checkedCount();
    // One pass over the checked records per action; ActionRules decides once
    // per role, so 100,000 checked records cost a few milliseconds.
    const QList<ActionTarget> targets =
        checked > 0 && !m_offline ? m_model->checkedTargets() : QList<ActionTarget>();
    for (const ActionButton &entry : std::as_const(m_buttons)) {
        if (m_offline) {
            setButtonState(entry, 0, m_offlineReason);
            continue;
        }
        if (checked == 0) {
            setButtonState(entry, 0, text(m_description.checkFirst));
            continue;
        }
        const Availability allowed =
            ActionRules::availability(m_actor, UserAction::of(entry.action.kind), targets);
        setButtonState(entry, allowed.count(), allowed.reason());
    }
}

void UserListTab::setButtonState(const ActionButton &entry, int count, const QString &why)
{
    const QString label = text(entry.action.label);
    entry.button->setEnabled(count > 0);
    entry.button->setText(count > 0 ? tr("%1 (%2)").arg(label, QLocale().toString(count)) : label);
    entry.button->setToolTip(why);
    entry.button->setAccessibleDescription(why);
}

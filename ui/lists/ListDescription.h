#pragma once

#include <ActionRules.h>
#include <ListKind.h>

#include <QList>
#include <QString>
#include <Qt>

class RecordFilterProxyModel;

/// What one tab of the window shows and offers, as data: UserListTab is
/// built from one and never branches on which list it shows. The texts are
/// source texts marked with QT_TRANSLATE_NOOP in the "UserListTab" context;
/// the tab translates them when it shows them.
///
/// A new tab is a new description (and a model in the session); a new
/// action is a line in `actions`; a new filter a line in `filters`.
struct ListDescription
{
    /// A filter beside the search field: a combo box of choices, each a
    /// text and a value that `apply` gives the proxy.
    struct Filter
    {
        struct Choice
        {
            QString text; ///< translated, as shown
            int value;
        };

        const char *label;          ///< with its mnemonic, e.g. "&Role:"
        const char *accessibleName; ///< e.g. "Role filter"
        const char *objectName;     ///< e.g. "roleFilterCombo"
        /// The choices, translated, in the order shown.
        QList<Choice> (*choices)();
        /// The value chosen at first, which narrows nothing.
        int allValue;
        /// Gives the proxy the filter for `value`; true when the rows changed
        /// (RecordFilterProxyModel's setters).
        bool (*apply)(RecordFilterProxyModel &proxy, int value);
    };

    /// An action button under the table.
    struct Action
    {
        UserAction::Kind kind;
        const char *label;      ///< the seed's words, e.g. "Remove Users"
        const char *objectName; ///< e.g. "removeUsersButton"
        /// Acts at once, without a dialog that lists the records: checked
        /// records hidden by the search are asked about first.
        bool actsAtOnce = false;
    };

    ListKind list;
    /// "activeUsers": the settings key of the header state, and the object
    /// name's stem ("activeUsersTab").
    const char *key;
    const char *title;      ///< "Active Users"
    const char *searchHelp; ///< what the search field searches, for screen readers

    QList<Filter> filters;
    QList<Action> actions; ///< in the order shown, left to right

    int nameColumn;  ///< copied by the context menu's Copy Name; -1: none
    int emailColumn; ///< copied by Copy Email
    int roleColumn;  ///< widened to the longest translated role name
    /// The sort of a table without saved state; -1: the order of the server.
    int defaultSortColumn = -1;
    Qt::SortOrder defaultSortOrder = Qt::AscendingOrder;

    // The sentences of the tab; %1 is the search text or the filter's choice.
    const char *none;            ///< "No active users."
    const char *noMatch;         ///< "No users match “%1”."
    const char *noneFiltered;    ///< "No users with the role %1."
    const char *noMatchFiltered; ///< "No users with the role %1 match “%2”."
    bool filterTextInLowerCase;  ///< "No expired invitations." rather than "Expired"
    const char *one;             ///< "1 user"
    const char *many;            ///< "%Ln users" (QT_TRANSLATE_N_NOOP)
    const char *checkFirst;      ///< "Check the users this applies to."

    static const ListDescription &activeUsers();
    static const ListDescription &pendingInvitations();
    static const ListDescription &removedUsers();
    /// The description of `list`.
    static const ListDescription &of(ListKind list);
};

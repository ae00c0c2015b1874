#include "LicenseController.h"

#include "JsonCodec.h"
#include "Permissions.h"
#include "RequestParsing.h"
#include "ServerContext.h"
#include "Transaction.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>

#include <algorithm>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("LicenseController", text);
}

ItemResult errorItem(qint64 id, const QString &code, const QString &message,
                     const QJsonObject &details = {})
{
    ItemResult item;
    item.id = id;
    item.status = ItemStatus::Error;
    item.error = ApiError{code, message, details};
    return item;
}

// An optional array of product codes, each once, in the order given.
std::optional<QStringList> products(const QJsonObject &body, const QString &key, ApiResponse *error)
{
    const QJsonValue value = body.value(key);
    QStringList list;
    if (value.isUndefined() || value.isNull())
        return list;
    const auto invalid = [&] {
        *error = ApiResponse::error(400, QStringLiteral("invalid_request"),
                                    tr("\"%1\" must be an array of product codes.").arg(key),
                                    {{QStringLiteral("field"), key}});
        return std::nullopt;
    };
    if (!value.isArray())
        return invalid();
    for (const QJsonValue &item : value.toArray()) {
        if (!item.isString() || item.toString().isEmpty())
            return invalid();
        if (!list.contains(item.toString()))
            list.append(item.toString());
    }
    return list;
}

} // namespace

ApiResponse LicenseController::change(const ApiRequest &request)
{
    if (const Decision decision = Permissions::canManageUsers(request.role); !decision)
        return ApiResponse::error(403, decision.code, decision.reason);
    ApiResponse error;
    const auto body = RequestParsing::jsonObject(request, &error);
    if (!body)
        return error;
    const auto ids = RequestParsing::idList(*body, QStringLiteral("userIds"), &error);
    if (!ids)
        return error;
    const auto add = products(*body, QStringLiteral("add"), &error);
    if (!add)
        return error;
    const auto remove = products(*body, QStringLiteral("remove"), &error);
    if (!remove)
        return error;
    if (add->isEmpty() && remove->isEmpty())
        return ApiResponse::error(422, QStringLiteral("no_items"),
                                  tr("Name at least one product in \"add\" or \"remove\"."));
    QStringList both;
    for (const QString &product : *add) {
        if (remove->contains(product))
            both.append(product);
    }
    if (!both.isEmpty())
        return ApiResponse::error(
            422, QStringLiteral("conflicting_licenses"),
            tr("%1 cannot be both assigned and taken back.").arg(both.join(QStringLiteral(", "))),
            {{QStringLiteral("products"), QJsonArray::fromStringList(both)}});

    // Under the organization's write lock (held since the request began, as
    // for invitations): the seats counted here stay free until the commit.
    Transaction transaction(m_ctx.db);
    m_ctx.organizations.lock(request.organizationId);
    const QHash<QString, qint64> poolIds = m_ctx.organizations.poolIds(request.organizationId);
    QStringList unknown;
    for (const QString &product : *add + *remove) {
        if (!poolIds.contains(product))
            unknown.append(product);
    }
    QHash<QString, int> available;
    if (const auto organization =
            m_ctx.organizations.organization(request.organizationId, request.now)) {
        for (const LicensePool &pool : organization->licensePools)
            available.insert(pool.product, pool.seatsAvailable());
    }

    const Actor actor{request.userId, request.role};
    BulkResult results;
    QHash<qint64, int> firstIndexById;
    for (qint64 id : *ids) {
        if (const auto first = firstIndexById.constFind(id); first != firstIndexById.constEnd()) {
            ItemResult item = results.at(first.value());
            item.duplicate = true;
            results.append(item);
            continue;
        }
        firstIndexById.insert(id, static_cast<int>(results.size()));
        const auto membership = m_ctx.organizations.membership(request.organizationId, id);
        if (!membership) {
            results.append(errorItem(id, QStringLiteral("not_found"),
                                     tr("User %1 is not a member of this organization.").arg(id)));
            continue;
        }
        if (membership->status == MemberStatus::Removed) {
            results.append(errorItem(id, QStringLiteral("removed_member"),
                                     tr("%1 was removed from this organization; invite them "
                                        "again to give them licenses.")
                                         .arg(membership->email)));
            continue;
        }
        if (const Decision decision =
                Permissions::canChangeLicenses(actor, Subject{id, membership->role, {}});
            !decision) {
            results.append(errorItem(id, decision.code, decision.reason));
            continue;
        }
        if (!unknown.isEmpty()) {
            results.append(
                errorItem(id, QStringLiteral("unknown_product"),
                          tr("This organization has no license product %1.")
                              .arg(unknown.join(QStringLiteral(", "))),
                          {{QStringLiteral("products"), QJsonArray::fromStringList(unknown)}}));
            continue;
        }
        const QStringList held = m_ctx.members.licenses(request.organizationId, id);
        QStringList added;
        for (const QString &product : *add) {
            if (!held.contains(product))
                added.append(product);
        }
        QStringList taken;
        for (const QString &product : *remove) {
            if (held.contains(product))
                taken.append(product);
        }
        ItemResult item;
        item.id = id;
        if (added.isEmpty() && taken.isEmpty()) {
            item.status = ItemStatus::Unchanged;
            item.licenses = held;
            results.append(item);
            continue;
        }
        QStringList lacking;
        for (const QString &product : std::as_const(added)) {
            if (available.value(product) <= 0)
                lacking.append(product);
        }
        if (!lacking.isEmpty()) {
            item.status = ItemStatus::NoSeats;
            item.licenses = held;
            item.error =
                ApiError{QStringLiteral("no_seats"),
                         tr("No free seat left for %1.").arg(lacking.join(QStringLiteral(", "))),
                         {{QStringLiteral("products"), QJsonArray::fromStringList(lacking)}}};
            results.append(item);
            continue;
        }
        QList<qint64> addPools;
        for (const QString &product : std::as_const(added)) {
            addPools.append(poolIds.value(product));
            --available[product];
        }
        QList<qint64> takePools;
        for (const QString &product : std::as_const(taken)) {
            takePools.append(poolIds.value(product));
            ++available[product];
        }
        m_ctx.members.removeLicenses(request.organizationId, id, takePools);
        m_ctx.members.assignLicenses(request.organizationId, id, addPools, request.now);
        QStringList after = held;
        for (const QString &product : std::as_const(taken))
            after.removeAll(product);
        after += added;
        std::sort(after.begin(), after.end());
        m_ctx.audit.record({0,
                            request.organizationId,
                            auditCaller(request),
                            QStringLiteral("member.licenses_changed"),
                            {QStringLiteral("user"),
                             id,
                             membership->email,
                             {id, membership->fullName, membership->email}},
                            {{QStringLiteral("added"), QJsonArray::fromStringList(added)},
                             {QStringLiteral("removed"), QJsonArray::fromStringList(taken)},
                             {QStringLiteral("licenses"), QJsonArray::fromStringList(after)}},
                            request.now});
        item.status = ItemStatus::Changed;
        item.licenses = after;
        item.addedLicenses = added;
        item.removedLicenses = taken;
        results.append(item);
    }
    transaction.commit();
    return ApiResponse::json(JsonCodec::toJson(results));
}

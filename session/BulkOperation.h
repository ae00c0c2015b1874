#pragma once

#include <ActionRules.h>
#include <ApiClient.h>
#include <BulkResult.h>

#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <functional>
#include <optional>

/// One bulk action of OrganizationSession on its way to the server: the
/// items (ids, or addresses for invitations) in request order, sent in
/// batches of at most BatchSize (the API's limit per request), and the
/// typed answer of each.
///
/// Nothing blocks. start() sends what has no answer yet; a failed request
/// stops the operation with failed() and keeps every answer so far, so that
/// start() again (a retry) sends only the rest: the server's bulk routes are
/// idempotent, and an item a lost answer did change comes back as "already
/// so", never done twice. cancel() abandons the request in flight.
///
/// The records the action rules left out (ActionRules::availability) are
/// never sent; leftOut() lists them with the reason.
class BulkOperation : public QObject
{
    Q_OBJECT

public:
    /// Items per request: the API refuses more than 1000 with HTTP 422.
    static constexpr int BatchSize = 1000;

    /// Sends the items at `indexes` (positions in ids() or emails()) as one
    /// request; `done` gets the answer, one ItemResult per index, in order.
    using Send = std::function<ApiClient::RequestId(const QList<int> &indexes, QObject *context,
                                                    ApiClient::Callback<BulkResult> done)>;

    /// An operation on the records `ids` (emails() empty).
    BulkOperation(QList<qint64> ids, Send send, ApiClient *client, QObject *parent = nullptr);
    /// An operation on the addresses `emails` (ids() all 0).
    BulkOperation(QStringList emails, Send send, ApiClient *client, QObject *parent = nullptr);
    ~BulkOperation() override; ///< abandons a request in flight

    /// The items sent, in order: record ids, or 0 for an address.
    const QList<qint64> &ids() const { return m_ids; }
    /// The addresses sent (invitations); empty for operations on records.
    const QStringList &emails() const { return m_emails; }
    int itemCount() const { return int(m_ids.size()); }

    /// The records left out before sending, with the rule's reason.
    const QList<SkippedTarget> &leftOut() const { return m_leftOut; }
    void setLeftOut(QList<SkippedTarget> leftOut) { m_leftOut = std::move(leftOut); }

    /// Sends the items without an answer, batch after batch. Ignored while a
    /// request runs and once every item is answered; with nothing to send
    /// it finishes (later, in the event loop, so that callers can connect).
    void start();
    /// Abandons the request in flight, if any (its answer is dropped; the
    /// server may still make the change, so abandoned() asks for a refresh).
    /// start() afterwards sends the items still without an answer.
    void cancel();

    bool isRunning() const { return m_requestId != 0; }
    bool isFinished() const { return m_finished; }
    /// Items answered so far.
    int answeredCount() const { return m_answered; }
    /// The answer of item `index`; std::nullopt before it came.
    std::optional<ItemResult> result(int index) const;
    /// Every answer in item order; complete once finished(). An item the
    /// server's answer lacked is an ItemStatus::Error with the code "no_result".
    BulkResult results() const;

signals:
    /// After each answered batch: `answered` of `total` items.
    void progress(int answered, int total);
    /// A request failed; the answers so far are kept, start() retries the rest.
    void failed(const ClientError &error);
    /// Every item is answered (results()).
    void finished();
    /// cancel() dropped a request in flight.
    void abandoned();

private:
    void sendNext();
    void finish();

    QList<qint64> m_ids;
    QStringList m_emails;
    Send m_send;
    /// Guarded: as siblings under one session, the client may be deleted first.
    QPointer<ApiClient> m_client;
    QList<std::optional<ItemResult>> m_results;
    QList<SkippedTarget> m_leftOut;
    ApiClient::RequestId m_requestId = 0;
    int m_answered = 0;
    bool m_finished = false;
};

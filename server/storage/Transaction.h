#pragma once

#include "Database.h"

/// RAII transaction: begins on construction, rolls back on destruction unless
/// commit() ran, so that an exception leaves the database unchanged.
class Transaction
{
public:
    explicit Transaction(Database &database) : m_database(database) { m_database.begin(); }
    ~Transaction()
    {
        if (!m_done)
            m_database.rollback();
    }
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    void commit()
    {
        m_database.commit();
        m_done = true;
    }

private:
    Database &m_database;
    bool m_done = false;
};

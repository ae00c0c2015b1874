// Placeholder until the email rules land; see EmailAddress.h for the contract.
#include "EmailAddress.h"

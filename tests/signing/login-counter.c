/* A PKCS#11 module for the smart-card tests: it forwards every call to SoftHSM2 and appends
 * one line per C_Login (user type, PIN length, result) and per private-key signing operation
 * (C_SignInit and C_Sign, C_SignUpdate or C_SignFinal, with their results) to $SMOUT_P11_LOG,
 * so a test can count exactly how many PIN checks and signatures reached the token. OpenSC's
 * pkcs11-spy cannot do this here: for a PKCS#11 2.40 module such as SoftHSM it hands NSS the
 * module's own functions, unlogged. */
#include <dlfcn.h>
#include <stdio.h>
#include <stdlib.h>

#include <pkcs11.h> /* NSS's copy of the PKCS#11 headers */

static CK_FUNCTION_LIST_PTR token;
static CK_FUNCTION_LIST counted;

static void logLine(const char *call, const char *details, CK_RV rv)
{
    const char *log = getenv("SMOUT_P11_LOG");
    FILE *f = log ? fopen(log, "a") : NULL;
    if (f) {
        fprintf(f, "%s %srv=0x%lx\n", call, details, (unsigned long)rv);
        fclose(f);
    }
}

static CK_RV countedLogin(CK_SESSION_HANDLE session, CK_USER_TYPE user, CK_UTF8CHAR_PTR pin, CK_ULONG length)
{
    CK_RV rv = token->C_Login(session, user, pin, length);
    char details[64];
    snprintf(details, sizeof details, "user=%lu pin_length=%lu ", (unsigned long)user, (unsigned long)length);
    logLine("C_Login", details, rv);
    return rv;
}

static CK_RV countedSignInit(CK_SESSION_HANDLE session, CK_MECHANISM_PTR mechanism, CK_OBJECT_HANDLE key)
{
    CK_RV rv = token->C_SignInit(session, mechanism, key);
    logLine("C_SignInit", "", rv);
    return rv;
}

/* A length query (no output buffer) is not a signature: only calls that sign are logged. */
static CK_RV countedSign(CK_SESSION_HANDLE session, CK_BYTE_PTR data, CK_ULONG length, CK_BYTE_PTR signature, CK_ULONG_PTR signatureLength)
{
    CK_RV rv = token->C_Sign(session, data, length, signature, signatureLength);
    if (signature)
        logLine("C_Sign", "", rv);
    return rv;
}

static CK_RV countedSignFinal(CK_SESSION_HANDLE session, CK_BYTE_PTR signature, CK_ULONG_PTR signatureLength)
{
    CK_RV rv = token->C_SignFinal(session, signature, signatureLength);
    if (signature)
        logLine("C_SignFinal", "", rv);
    return rv;
}

CK_RV C_GetFunctionList(CK_FUNCTION_LIST_PTR_PTR list)
{
    if (!token) {
        const char *path = getenv("SMOUT_P11_MODULE");
        void *module = dlopen(path ? path : "/usr/lib/softhsm/libsofthsm2.so", RTLD_NOW | RTLD_LOCAL);
        CK_C_GetFunctionList get = module ? (CK_C_GetFunctionList)dlsym(module, "C_GetFunctionList") : NULL;
        if (!get || get(&token) != CKR_OK)
            return CKR_GENERAL_ERROR;
        counted = *token;
        counted.C_Login = countedLogin;
        counted.C_SignInit = countedSignInit;
        counted.C_Sign = countedSign;
        counted.C_SignFinal = countedSignFinal;
    }
    *list = &counted;
    return CKR_OK;
}

/* A PKCS#11 module for the smart-card tests: it forwards every call to SoftHSM2 and appends
 * one line per C_Login (user type, PIN length, result) to $SMOUT_P11_LOG, so a test can count
 * exactly how many PIN checks reached the token. OpenSC's pkcs11-spy cannot do this here: for
 * a PKCS#11 2.40 module such as SoftHSM it hands NSS the module's own functions, unlogged. */
#include <dlfcn.h>
#include <stdio.h>
#include <stdlib.h>

#include <pkcs11.h> /* NSS's copy of the PKCS#11 headers */

static CK_FUNCTION_LIST_PTR token;
static CK_FUNCTION_LIST counted;

static CK_RV countedLogin(CK_SESSION_HANDLE session, CK_USER_TYPE user, CK_UTF8CHAR_PTR pin, CK_ULONG length)
{
    CK_RV rv = token->C_Login(session, user, pin, length);
    const char *log = getenv("SMOUT_P11_LOG");
    FILE *f = log ? fopen(log, "a") : NULL;
    if (f) {
        fprintf(f, "C_Login user=%lu pin_length=%lu rv=0x%lx\n", (unsigned long)user, (unsigned long)length, (unsigned long)rv);
        fclose(f);
    }
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
    }
    *list = &counted;
    return CKR_OK;
}

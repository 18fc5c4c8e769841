/** True only in the HEADERSCOPE_TEST_BUILD=1 build (wxt.config.ts), false in every shipped build. */
declare const __HS_TEST_BUILD__: boolean;

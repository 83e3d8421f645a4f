import { initAll as initGovuk } from '/lib/govuk/govuk-frontend.min.js'
import { initAll as initMoj } from '/lib/moj/moj-frontend.min.js'

initGovuk()
initMoj()

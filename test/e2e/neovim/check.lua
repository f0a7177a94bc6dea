-- Drives headless Neovim 0.7 after the user configuration from docs/editors.md
-- has been loaded (--cmd 'luafile init.lua'): for each file of the plan, open it,
-- wait for hardenlint's diagnostics, ask for code actions at the planned
-- finding the way `vim.lsp.buf.code_action()` does, apply the preferred fix
-- and wait for the finding to go. Writes what it saw as JSON for the runner
-- (scripts/e2e/stage-neovim.mjs) to judge; exits non-zero on a harness error.
--
-- Environment: HARDENLINT_NVIM_PLAN  JSON list of { file, rule }
--              HARDENLINT_NVIM_REPORT path of the JSON report
local plan = vim.fn.json_decode(os.getenv('HARDENLINT_NVIM_PLAN'))
local report_path = os.getenv('HARDENLINT_NVIM_REPORT')
local WAIT_MS = 15000
local report = { files = {} }
vim.o.hidden = true -- keep fixed buffers while the next file opens

local function write_report()
  local f = assert(io.open(report_path, 'w'))
  f:write(vim.fn.json_encode(report))
  f:close()
end

local function hardenlint_diagnostics(bufnr)
  local out = {}
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    if d.source == 'hardenlint' then table.insert(out, d) end
  end
  return out
end

local function find(bufnr, rule)
  for _, d in ipairs(hardenlint_diagnostics(bufnr)) do
    if d.code == rule then return d end
  end
  return nil
end

local function plain(d)
  return { code = d.code, lnum = d.lnum, col = d.col, end_lnum = d.end_lnum, end_col = d.end_col, severity = d.severity, message = d.message }
end

local function check_file(entry)
  vim.cmd('edit ' .. vim.fn.fnameescape(entry.file))
  local bufnr = vim.api.nvim_get_current_buf()
  local result = { file = entry.file, rule = entry.rule, filetype = vim.bo[bufnr].filetype }
  table.insert(report.files, result)

  result.arrived = vim.wait(WAIT_MS, function() return find(bufnr, entry.rule) ~= nil end, 50)
  result.clients = #vim.tbl_keys(vim.lsp.buf_get_clients(bufnr))
  result.diagnostics = vim.tbl_map(plain, hardenlint_diagnostics(bufnr))
  if not result.arrived then return end

  -- What `:lua vim.lsp.buf.code_action()` sends with the cursor on the finding.
  local target = find(bufnr, entry.rule)
  vim.api.nvim_win_set_cursor(0, { target.lnum + 1, target.col })
  local params = vim.lsp.util.make_range_params()
  params.context = { diagnostics = vim.lsp.diagnostic.get_line_diagnostics(bufnr) }
  local responses = vim.lsp.buf_request_sync(bufnr, 'textDocument/codeAction', params, WAIT_MS) or {}
  result.actions = {}
  local preferred
  for _, response in pairs(responses) do
    for _, action in ipairs(response.result or {}) do
      table.insert(result.actions, { title = action.title, kind = action.kind, isPreferred = action.isPreferred == true })
      if action.isPreferred and action.edit and preferred == nil then preferred = action end
    end
  end

  -- Fix all, as `vim.lsp.buf.code_action({ only = { 'source.fixAll.hardenlint' } })` asks.
  local fix_all_params = vim.lsp.util.make_range_params()
  fix_all_params.context = { diagnostics = {}, only = { 'source.fixAll.hardenlint' } }
  local fix_all = vim.lsp.buf_request_sync(bufnr, 'textDocument/codeAction', fix_all_params, WAIT_MS) or {}
  result.fix_all_titles = {}
  for _, response in pairs(fix_all) do
    for _, action in ipairs(response.result or {}) do table.insert(result.fix_all_titles, action.title) end
  end

  if preferred then
    vim.lsp.util.apply_workspace_edit(preferred.edit, 'utf-16')
    result.fixed_line = vim.api.nvim_buf_get_lines(bufnr, target.lnum, target.lnum + 1, false)[1]
    result.gone_after_fix = vim.wait(WAIT_MS, function() return find(bufnr, entry.rule) == nil end, 50)
  end
end

local ok, err = pcall(function()
  for _, entry in ipairs(plan) do check_file(entry) end
end)
if not ok then report.error = tostring(err) end
write_report()
if ok then vim.cmd('qa!') else vim.cmd('cq 1') end

/** Chinese names of audit actions; an action not listed shows as recorded (new actions still read). */
const labels: Record<string, string> = {
  'auth.login': '登录',
  'auth.login_failed': '登录失败',
  'auth.logout': '退出登录',
  'setup.complete': '初始设置',
  'demo.load': '导入示例数据',
  'user.create': '新建用户',
  'user.update': '修改用户',
  'user.reset_password': '重置密码',
  'user.change_password': '修改密码',
  'unit.create': '登记单位',
  'division.create': '登记区划',
  'import.preview': '上传文件（预览）',
  'import.confirm': '导入文件',
  'import.reject': '放弃导入',
  'unit_year.submit': '提交',
  'unit_year.approve': '审核通过',
  'unit_year.return': '退回修改',
  'unit_year.publish': '公开',
  'department_plan.update': '修改部门整体目标',
  'project.update': '修改项目',
  'project.grade': '评定项目',
  'project.indicators_change': '修改指标',
  'project.reorder_indicators': '调整指标顺序',
  'indicator.create': '新增指标',
  'indicator.update': '修改指标',
  'indicator.delete': '删除指标',
  'monitoring_round.open': '开启监控批次',
  'monitoring_round.close': '关闭监控批次',
  'monitoring_report.save': '填报监控情况',
  'monitoring_report.upload': '上传监控表',
  'monitoring_unit.submit': '提交监控情况',
  'self_evaluation.save': '填报绩效自评',
};

export function actionLabelOf(action: string): string {
  return labels[action] ?? action;
}
